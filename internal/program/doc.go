// Package program holds the domain types of an action programme: what the parser builds and every renderer reads.
package program
