// Package output writes result files safely: atomically, only when changed, under a per-folder lock, with a deterministic manifest.
package output
