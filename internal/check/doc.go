// Package check reconciles a parsed programme with its own declarations and lists where its body and annex disagree.
package check
