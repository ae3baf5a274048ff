CREATE TYPE "public"."result_alerts" AS ENUM('off', 'medals', 'all');--> statement-breakpoint
ALTER TYPE "public"."broadcast_kind" ADD VALUE 'result';--> statement-breakpoint
ALTER TABLE "results" ALTER COLUMN "medal" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "placing_en" text;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "placing_ru" text;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "placing_kk" text;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "draft_key" text;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "removed_by" bigint;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "results" "result_alerts" DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_draft_key_unique" UNIQUE("draft_key");--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_medal_or_placing" CHECK ("results"."medal" is not null or "results"."placing_en" is not null);--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_placing_has_english" CHECK ("results"."placing_en" is not null or ("results"."placing_ru" is null and "results"."placing_kk" is null));