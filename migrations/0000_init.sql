CREATE TYPE "public"."chat_status" AS ENUM('active', 'blocked', 'left', 'kicked');--> statement-breakpoint
CREATE TYPE "public"."chat_type" AS ENUM('private', 'group', 'supergroup', 'channel');--> statement-breakpoint
CREATE TYPE "public"."games_kind" AS ENUM('olympic', 'paralympic');--> statement-breakpoint
CREATE TYPE "public"."language" AS ENUM('en', 'ru', 'kk');--> statement-breakpoint
CREATE TYPE "public"."season" AS ENUM('summer', 'winter');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('owner', 'editor');--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" bigint,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chats" (
	"id" bigint PRIMARY KEY NOT NULL,
	"type" "chat_type" NOT NULL,
	"title" text,
	"username" text,
	"language" "language",
	"telegram_language" "language",
	"status" "chat_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competition_windows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "competition_windows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"games_id" integer NOT NULL,
	"sport_id" integer NOT NULL,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"starts_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "competition_windows_games_sport_key" UNIQUE("games_id","sport_id"),
	CONSTRAINT "competition_windows_days_ordered" CHECK ("competition_windows"."last_day" >= "competition_windows"."first_day")
);
--> statement-breakpoint
CREATE TABLE "games" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "games_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"kind" "games_kind" NOT NULL,
	"season" "season" NOT NULL,
	"year" integer NOT NULL,
	"host_city_en" text NOT NULL,
	"host_city_ru" text NOT NULL,
	"host_city_kk" text NOT NULL,
	"host_tz" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"competition_starts_on" date,
	"license_target" integer,
	"note" text,
	CONSTRAINT "games_slug_unique" UNIQUE("slug"),
	CONSTRAINT "games_dates_ordered" CHECK ("games"."closes_on" >= "games"."opens_on"),
	CONSTRAINT "games_license_target_positive" CHECK ("games"."license_target" > 0)
);
--> statement-breakpoint
CREATE TABLE "licenses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "licenses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"games_id" integer NOT NULL,
	"sport_id" integer NOT NULL,
	"event" text,
	"athletes" text[] DEFAULT '{}'::text[] NOT NULL,
	"team" text,
	"quota_places" integer DEFAULT 1 NOT NULL,
	"won_on" date,
	"how_won" text,
	"where_won" text,
	"source" text,
	"note" text,
	"seed_key" text,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licenses_seed_key_unique" UNIQUE("seed_key"),
	CONSTRAINT "licenses_quota_places_positive" CHECK ("licenses"."quota_places" > 0)
);
--> statement-breakpoint
CREATE TABLE "reported_totals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reported_totals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"games_id" integer NOT NULL,
	"as_of" date NOT NULL,
	"licenses" integer NOT NULL,
	"sports" integer,
	"target" integer,
	"source" text NOT NULL,
	"note" text,
	CONSTRAINT "reported_totals_games_as_of_key" UNIQUE("games_id","as_of"),
	CONSTRAINT "reported_totals_licenses_nonnegative" CHECK ("reported_totals"."licenses" >= 0)
);
--> statement-breakpoint
CREATE TABLE "seed_applied" (
	"key" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sport_aliases" (
	"sport_id" integer NOT NULL,
	"alias" text NOT NULL,
	CONSTRAINT "sport_aliases_sport_id_alias_pk" PRIMARY KEY("sport_id","alias")
);
--> statement-breakpoint
CREATE TABLE "sports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"kind" "games_kind" NOT NULL,
	"parent_id" integer,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_kk" text NOT NULL,
	CONSTRAINT "sports_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"role" "staff_role" NOT NULL,
	"added_by" bigint,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "competition_windows" ADD CONSTRAINT "competition_windows_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_windows" ADD CONSTRAINT "competition_windows_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_totals" ADD CONSTRAINT "reported_totals_games_id_games_id_fk" FOREIGN KEY ("games_id") REFERENCES "public"."games"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sport_aliases" ADD CONSTRAINT "sport_aliases_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sports" ADD CONSTRAINT "sports_parent_id_sports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sports"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "chats_status_idx" ON "chats" USING btree ("status");--> statement-breakpoint
CREATE INDEX "competition_windows_sport_idx" ON "competition_windows" USING btree ("sport_id");--> statement-breakpoint
CREATE INDEX "games_opens_on_idx" ON "games" USING btree ("opens_on");--> statement-breakpoint
CREATE INDEX "licenses_games_sport_idx" ON "licenses" USING btree ("games_id","sport_id");--> statement-breakpoint
CREATE INDEX "licenses_sport_idx" ON "licenses" USING btree ("sport_id");--> statement-breakpoint
CREATE INDEX "sport_aliases_alias_idx" ON "sport_aliases" USING btree ("alias");--> statement-breakpoint
CREATE INDEX "sports_parent_idx" ON "sports" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "sports_kind_idx" ON "sports" USING btree ("kind");