// Package progress reads the progress ledger (TOML), computes each work item's status at a report date, and summarises.
package progress
