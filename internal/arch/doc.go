// Package arch holds only a test: the import rules between baocao's packages and of its third-party libraries.
package arch
