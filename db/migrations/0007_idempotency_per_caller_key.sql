CREATE TABLE `idempotency_keys` (
	`org_id` text NOT NULL,
	`key_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`state` text NOT NULL,
	`status` integer,
	`body` text,
	`content_type` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`org_id`, `key_id`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created` ON `idempotency_keys` (`created_at`);