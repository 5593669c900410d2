CREATE TABLE `factchecks` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`url` text NOT NULL,
	`claim_reviewed` text NOT NULL,
	`title` text,
	`publisher` text,
	`date_published` text,
	`rating_label` text,
	`rating_value` real,
	`best_rating` real,
	`worst_rating` real,
	`claimant` text,
	`claim_date` text,
	`appearances` text NOT NULL,
	`claim_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `factchecks_url` ON `factchecks` (`org_id`,`url`);--> statement-breakpoint
CREATE INDEX `factchecks_org_created` ON `factchecks` (`org_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `factchecks_claim` ON `factchecks` (`claim_id`);