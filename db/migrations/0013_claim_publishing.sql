ALTER TABLE `claims` ADD `summary` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `explanation` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `updated_at` text;