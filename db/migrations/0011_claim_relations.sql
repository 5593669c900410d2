CREATE TABLE `claim_relations` (
	`org_id` text NOT NULL,
	`claim_id` text NOT NULL,
	`other_id` text NOT NULL,
	`relation` text NOT NULL,
	`score` real NOT NULL,
	`pairs` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`claim_id`, `other_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`other_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claim_relations_org` ON `claim_relations` (`org_id`,`relation`,`claim_id`);--> statement-breakpoint
CREATE INDEX `claims_org_subject` ON `claims` (`org_id`,`subject`);