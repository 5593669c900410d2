DROP TABLE `idempotency_keys`;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `leased_until` text;--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_message` ON `deliveries` (`webhook_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `deliveries_created` ON `deliveries` (`created_at`);--> statement-breakpoint
ALTER TABLE `webhooks` ADD `failing_since` text;--> statement-breakpoint
CREATE INDEX `outbox_created` ON `outbox` (`created_at`);