CREATE TABLE "inbound_updates" (
	"update_id" bigint PRIMARY KEY NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "inbound_updates_pending_idx" ON "inbound_updates" USING btree ("lease_until") WHERE "inbound_updates"."done_at" is null;