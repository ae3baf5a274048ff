ALTER TABLE "licenses" ADD COLUMN "draft_key" text;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_draft_key_unique" UNIQUE("draft_key");