-- Claims stored before 0013: their last change was recorded in created_at (the column updatedAt mapped to),
-- and their claimant is prefilled as new claims' is, from the article's outlet or byline.
UPDATE `claims` SET `updated_at` = `created_at` WHERE `updated_at` IS NULL;
--> statement-breakpoint
UPDATE `claims` SET `claimant` = (SELECT coalesce(`outlet`, `author`) FROM `articles` WHERE `articles`.`id` = `claims`.`article_id`) WHERE `claimant` IS NULL;
