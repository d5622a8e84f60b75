// Package progress reads the progress ledger (TOML), merges returned forms into it, computes each work item's status at a report date, and summarises.
package progress
