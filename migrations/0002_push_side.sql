CREATE TYPE "public"."alert_scope" AS ENUM('off', 'all', 'chosen');--> statement-breakpoint
CREATE TYPE "public"."broadcast_kind" AS ENUM('countdown', 'license');--> statement-breakpoint
CREATE TYPE "public"."broadcast_status" AS ENUM('sending', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."countdown_cadence" AS ENUM('off', 'milestones', 'weekly', 'daily');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sending', 'sent', 'blocked', 'failed');--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "broadcasts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"dedupe_key" text NOT NULL,
	"kind" "broadcast_kind" NOT NULL,
	"payload" jsonb NOT NULL,
	"status" "broadcast_status" DEFAULT 'sending' NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"audience_size" integer DEFAULT 0 NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "broadcasts_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"broadcast_id" integer NOT NULL,
	"chat_id" bigint NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"message_id" integer,
	"error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deliveries_broadcast_id_chat_id_pk" PRIMARY KEY("broadcast_id","chat_id")
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"key" text PRIMARY KEY NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscription_sports" (
	"chat_id" bigint NOT NULL,
	"sport_id" integer NOT NULL,
	CONSTRAINT "subscription_sports_chat_id_sport_id_pk" PRIMARY KEY("chat_id","sport_id")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"alerts" "alert_scope" DEFAULT 'off' NOT NULL,
	"olympic" boolean DEFAULT true NOT NULL,
	"paralympic" boolean DEFAULT true NOT NULL,
	"countdown" "countdown_cadence" DEFAULT 'off' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subscription_sports" ADD CONSTRAINT "subscription_sports_chat_id_subscriptions_chat_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."subscriptions"("chat_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscription_sports" ADD CONSTRAINT "subscription_sports_sport_id_sports_id_fk" FOREIGN KEY ("sport_id") REFERENCES "public"."sports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_chat_id_chats_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."chats"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deliveries_due_idx" ON "deliveries" USING btree ("next_attempt_at") WHERE "deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "deliveries_chat_idx" ON "deliveries" USING btree ("chat_id");--> statement-breakpoint
CREATE INDEX "subscription_sports_sport_idx" ON "subscription_sports" USING btree ("sport_id");--> statement-breakpoint
CREATE INDEX "subscriptions_countdown_idx" ON "subscriptions" USING btree ("countdown");--> statement-breakpoint
CREATE INDEX "subscriptions_alerts_idx" ON "subscriptions" USING btree ("alerts");