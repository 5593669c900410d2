CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`hash` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_org` ON `api_keys` (`org_id`,`created_at`,`id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`text` text NOT NULL,
	`url` text,
	`title` text,
	`outlet` text,
	`author` text,
	`published_at` text NOT NULL,
	`content_hash` text NOT NULL,
	`external_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_external` ON `articles` (`org_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `articles_org_created` ON `articles` (`org_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_org_published` ON `articles` (`org_id`,`published_at`);--> statement-breakpoint
CREATE TABLE `claim_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`type` text NOT NULL,
	`actor_key_id` text,
	`actor_name` text,
	`changes` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `claim_events_claim` ON `claim_events` (`claim_id`,`id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`article_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`sentence_start` integer NOT NULL,
	`sentence_end` integer NOT NULL,
	`kind` text NOT NULL,
	`checkworthiness` real NOT NULL,
	`subject` text,
	`time_text` text,
	`time_span_start` integer,
	`time_span_end` integer,
	`time_start` text,
	`time_end` text,
	`time_granularity` text,
	`time_basis` text,
	`status` text DEFAULT 'new' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claims_org_created` ON `claims` (`org_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_article` ON `claims` (`article_id`,`position`);--> statement-breakpoint
CREATE INDEX `claims_org_status` ON `claims` (`org_id`,`status`);--> statement-breakpoint
CREATE INDEX `claims_org_period` ON `claims` (`org_id`,`time_start`,`time_end`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `quantities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` text NOT NULL,
	`org_id` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`span_start` integer NOT NULL,
	`span_end` integer NOT NULL,
	`type` text NOT NULL,
	`value` real NOT NULL,
	`unit` text,
	`approximate` integer NOT NULL,
	`bound` text,
	`role` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `quantities_claim` ON `quantities` (`claim_id`,`position`);--> statement-breakpoint
CREATE INDEX `quantities_org_type` ON `quantities` (`org_id`,`type`,`value`);