CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`publisher` text,
	`published_at` text,
	`excerpt` text,
	`stance` text NOT NULL,
	`quantity_check` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sources_claim` ON `sources` (`claim_id`,`id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `verdict` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `assignee` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `note` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `review_url` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `resolved_at` text;--> statement-breakpoint
CREATE INDEX `claims_org_assignee` ON `claims` (`org_id`,`assignee`);