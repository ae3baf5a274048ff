CREATE TABLE "games_sports" (
	"games_id" integer NOT NULL,
	"sport_id" integer NOT NULL,
	CONSTRAINT "games_sports_games_id_sport_id_pk" PRIMARY KEY("games_id","sport_id")
);
--> statement-breakpoint
ALTER TABLE "sports" ADD COLUMN "season" "season" DEFAULT 'summer' NOT NULL;--> statement-breakpoint
ALTER TABLE "games_sports" ADD CONSTRAINT "games_sports_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "games_sports" ADD CONSTRAINT "games_sports_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "games_sports_sport_idx" ON "games_sports" USING btree ("sport_id");--> statement-breakpoint
-- Written by hand (drizzle-kit does not generate triggers): a programme is part of what fans read,
-- so a change to it bumps fan_data_version like the tables of migration 0005.
CREATE CONSTRAINT TRIGGER "games_sports_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "games_sports" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();
