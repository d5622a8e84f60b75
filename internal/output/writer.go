package output

import (
	"path/filepath"
	"sort"
	"sync"
)

// Entry is one file a Writer was asked to write.
type Entry struct {
	Path    string // relative to the Writer's root, with forward slashes
	Size    int64
	SHA256  string
	Changed bool // false when the file already held these bytes
}

// Writer writes files under one root folder and remembers what it wrote, for
// the manifest and the user's summary. It is safe for concurrent use.
type Writer struct {
	root       string
	afterWrite func(full string, e Entry) error

	mu      sync.Mutex
	entries []Entry
	dirty   map[string]bool // folders with renames not yet synced
}

// Option configures a Writer.
type Option func(*Writer)

// AfterWrite registers a function called after each file is in place, with
// its full path; an error it returns is returned by Write. The CLI uses it
// to report each file; tests use it to stop a run part-way.
func AfterWrite(f func(full string, e Entry) error) Option {
	return func(w *Writer) { w.afterWrite = f }
}

// NewWriter returns a Writer rooted at root.
func NewWriter(root string, opts ...Option) *Writer {
	w := &Writer{root: root}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Root is the folder files are written under.
func (w *Writer) Root() string { return w.root }

// Write puts data at rel (a slash-separated path under the root) with
// WriteFile's guarantees.
func (w *Writer) Write(rel string, data []byte) (Entry, error) {
	full := filepath.Join(w.root, filepath.FromSlash(rel))
	changed, err := writeFile(full, data)
	if err != nil {
		return Entry{}, err
	}
	e := Entry{Path: filepath.ToSlash(rel), Size: int64(len(data)), SHA256: Sum(data), Changed: changed}
	w.record(full, e)
	if w.afterWrite != nil {
		if err := w.afterWrite(full, e); err != nil {
			return e, err
		}
	}
	return e, nil
}

// Content is one file for WriteAll: where it goes and its bytes.
type Content struct {
	Path string // relative to the root, slash-separated
	Data []byte
}

// WriteAll writes a set of files with Write's guarantees, faster: every
// changed file is first written to its temporary file and synced, all at
// once (so the file system can commit them together instead of one journal
// flush per file), and only then are they renamed into place, in order,
// each followed by the AfterWrite hook. If staging fails nothing is
// renamed; if a rename or the hook fails the files after it are not
// renamed and their temporary files are removed. The folders are synced
// once at the end.
func (w *Writer) WriteAll(files []Content) error {
	full := make([]string, len(files))
	sts := make([]*staged, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		full[i] = filepath.Join(w.root, filepath.FromSlash(f.Path))
		wg.Add(1)
		go func() {
			defer wg.Done()
			sts[i], errs[i] = stage(full[i], f.Data)
		}()
	}
	wg.Wait()
	abandon := func(from int) {
		for _, st := range sts[from:] {
			if st != nil {
				st.abandon()
			}
		}
	}
	for _, err := range errs {
		if err != nil {
			abandon(0)
			return err
		}
	}
	defer w.Sync()
	for i, f := range files {
		if sts[i] != nil {
			if err := sts[i].commit(); err != nil {
				abandon(i)
				return err
			}
		}
		e := Entry{Path: filepath.ToSlash(f.Path), Size: int64(len(f.Data)), SHA256: Sum(f.Data), Changed: sts[i] != nil}
		w.record(full[i], e)
		if w.afterWrite != nil {
			if err := w.afterWrite(full[i], e); err != nil {
				abandon(i + 1)
				return err
			}
		}
	}
	return nil
}

// Sync makes the renames of every file written so far durable, one folder
// sync per folder. Each file's own bytes were synced before its rename, so
// after a crash a file is old or new, never partial, even without Sync;
// Sync only makes sure the new names survive a power cut.
func (w *Writer) Sync() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for d := range w.dirty {
		syncDir(d)
	}
	w.dirty = nil
}

// record remembers an entry and, when the file changed, its folder for Sync.
func (w *Writer) record(full string, e Entry) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.entries = append(w.entries, e)
	if e.Changed {
		if w.dirty == nil {
			w.dirty = map[string]bool{}
		}
		w.dirty[filepath.Dir(full)] = true
	}
}

// Entries returns what was written so far, sorted by path.
func (w *Writer) Entries() []Entry {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := append([]Entry(nil), w.entries...)
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}
