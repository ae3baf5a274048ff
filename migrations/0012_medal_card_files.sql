CREATE TABLE "medal_card_files" (
	"bot_id" bigint NOT NULL,
	"result_id" integer NOT NULL,
	"lang" "language" NOT NULL,
	"card_key" text NOT NULL,
	"file_id" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "medal_card_files_bot_id_result_id_lang_pk" PRIMARY KEY("bot_id","result_id","lang")
);
--> statement-breakpoint
ALTER TABLE "medal_card_files" ADD CONSTRAINT "medal_card_files_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand (drizzle-kit does not generate triggers): the cards' file_ids are read with the fan
-- data (inline mode offers a card from memory, with no query), so a card uploaded by one instance
-- bumps fan_data_version and reaches the others' read models like any change of migration 0005.
CREATE CONSTRAINT TRIGGER "medal_card_files_fan_data_changed" AFTER INSERT OR UPDATE OR DELETE ON "medal_card_files" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "fan_data_changed"();
