package config

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDefault is the built-in configuration, which every command
// without a baocao.toml asks for.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Default()
	}
}

// BenchmarkLoadRepoFile is the repository's baocao.toml (the documented
// defaults, every key written) read as a command in a workspace reads it:
// twice, for the language of messages and as the configuration. A comment
// numbering each iteration makes every iteration a text not read before.
func BenchmarkLoadRepoFile(b *testing.B) {
	name := filepath.Join("..", "..", "baocao.toml")
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		text := fmt.Appendf(data[:len(data):len(data)], "# %d\n", i)
		for range 2 {
			if _, err := Load(name, text); err != nil {
				b.Fatal(err)
			}
		}
	}
}
