DROP INDEX `claims_org_period`;--> statement-breakpoint
DROP INDEX `quantities_org_type`;