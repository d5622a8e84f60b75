package pdf

import (
	"bufio"
	"io"
	"strconv"
)

// A content stream is read with a lexer of our own rather than the
// library's Interpret: Interpret builds library Values for every operand,
// cannot be stopped after a work limit, reads an inline image's binary data
// as tokens and holds a string of any length in memory. This one reads
// from a size-limited reader, skips inline images and keeps strings short.

// tokKind is what a content-stream token is.
type tokKind uint8

const (
	tokEOF tokKind = iota
	tokNum
	tokStr  // a literal or hex string, raw bytes
	tokName // without the slash
	tokOp   // an operator (or true/false/null)
	tokArrOpen
	tokArrClose
	tokDictOpen
	tokDictClose
)

type token struct {
	kind tokKind
	num  float64
	s    string
}

// maxString caps one string operand; text is shown in pieces far shorter,
// and a longer one is cut rather than held.
const maxString = 1 << 16

type lexer struct {
	r   *bufio.Reader
	buf []byte
}

func newLexer(r io.Reader) *lexer { return &lexer{r: bufio.NewReaderSize(r, 32<<10)} }

func isWhite(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// unread steps back over the byte just read. After a failed read it does
// nothing: bufio would step back over the byte before, and the lexer
// would read it again forever.
func (l *lexer) unread(err error) {
	if err == nil {
		l.r.UnreadByte()
	}
}

// next returns the next token; tokEOF at the end or on a read error.
func (l *lexer) next() token {
	for {
		c, err := l.r.ReadByte()
		if err != nil {
			return token{kind: tokEOF}
		}
		switch {
		case isWhite(c):
			continue
		case c == '%':
			for {
				c, err = l.r.ReadByte()
				if err != nil || c == '\n' || c == '\r' {
					break
				}
			}
			continue
		case c == '(':
			return token{kind: tokStr, s: l.literal()}
		case c == '<':
			n, err := l.r.ReadByte()
			if err == nil && n == '<' {
				return token{kind: tokDictOpen}
			}
			l.unread(err)
			return token{kind: tokStr, s: l.hex()}
		case c == '>':
			if n, err := l.r.ReadByte(); err != nil || n != '>' {
				l.unread(err)
			}
			return token{kind: tokDictClose}
		case c == '[':
			return token{kind: tokArrOpen}
		case c == ']':
			return token{kind: tokArrClose}
		case c == '{' || c == '}' || c == ')':
			continue // not content-stream syntax; skip
		case c == '/':
			return token{kind: tokName, s: l.word(0)}
		default:
			w := l.word(c)
			if f, ok := number(w); ok {
				return token{kind: tokNum, num: f}
			}
			return token{kind: tokOp, s: w}
		}
	}
}

// word reads a regular-character run, starting with first when non-zero.
func (l *lexer) word(first byte) string {
	l.buf = l.buf[:0]
	if first != 0 {
		l.buf = append(l.buf, first)
	}
	for {
		c, err := l.r.ReadByte()
		if err != nil {
			break
		}
		if isWhite(c) || isDelim(c) {
			l.r.UnreadByte()
			break
		}
		if len(l.buf) < 256 {
			l.buf = append(l.buf, c)
		}
	}
	return string(l.buf)
}

// number parses a PDF number (no exponent; a leading sign; "-.5", "4.").
func number(w string) (float64, bool) {
	if w == "" {
		return 0, false
	}
	c := w[0]
	if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return 0, false
	}
	f, err := strconv.ParseFloat(w, 64)
	if err != nil {
		// Producers write "--5" or "5.-"; such an operand is a zero, not an operator.
		return 0, true
	}
	return f, true
}

func (l *lexer) literal() string {
	l.buf = l.buf[:0]
	depth := 1
	add := func(c byte) {
		if len(l.buf) < maxString {
			l.buf = append(l.buf, c)
		}
	}
	for {
		c, err := l.r.ReadByte()
		if err != nil {
			return string(l.buf)
		}
		switch c {
		case '(':
			depth++
			add(c)
		case ')':
			if depth--; depth == 0 {
				return string(l.buf)
			}
			add(c)
		case '\\':
			c, err = l.r.ReadByte()
			if err != nil {
				return string(l.buf)
			}
			switch c {
			case 'n':
				add('\n')
			case 'r':
				add('\r')
			case 't':
				add('\t')
			case 'b':
				add('\b')
			case 'f':
				add('\f')
			case '\r':
				if n, err := l.r.ReadByte(); err != nil || n != '\n' {
					l.unread(err)
				}
			case '\n':
			default:
				if c >= '0' && c <= '7' {
					v := int(c - '0')
					for i := 0; i < 2; i++ {
						d, err := l.r.ReadByte()
						if err != nil {
							break
						}
						if d < '0' || d > '7' {
							l.r.UnreadByte()
							break
						}
						v = v*8 + int(d-'0')
					}
					add(byte(v))
				} else {
					add(c)
				}
			}
		default:
			add(c)
		}
	}
}

func (l *lexer) hex() string {
	l.buf = l.buf[:0]
	var hi byte
	half := false
	for {
		c, err := l.r.ReadByte()
		if err != nil || c == '>' {
			break
		}
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			continue
		}
		if half {
			if len(l.buf) < maxString {
				l.buf = append(l.buf, hi<<4|v)
			}
		} else {
			hi = v
		}
		half = !half
	}
	if half && len(l.buf) < maxString {
		l.buf = append(l.buf, hi<<4)
	}
	return string(l.buf)
}

// skipInlineImage skips an inline image's data after its ID operator, up
// to and including the "EI" that ends it (white space on both sides).
func (l *lexer) skipInlineImage() {
	a, b, c := byte(' '), byte(' '), byte(' ')
	for {
		d, err := l.r.ReadByte()
		if err != nil {
			return
		}
		if isWhite(a) && b == 'E' && c == 'I' && (isWhite(d) || isDelim(d)) {
			l.r.UnreadByte()
			return
		}
		a, b, c = b, c, d
	}
}
