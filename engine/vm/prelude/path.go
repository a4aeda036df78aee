// goroscope's package path: slash-separated paths, purely lexical (Go's rules, incl. Clean's).
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

var ErrBadPattern = errors.New("syntax error in pattern")

// Clean returns the shortest path equivalent to p: one slash between elements, no "." elements,
// ".." removed with the element before it (or at the root), "." for an empty result.
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	var parts []string
	dotdots := 0 // leading ".." elements a relative path keeps
	for _, e := range strings.Split(p, "/") {
		switch e {
		case "", ".":
		case "..":
			if len(parts) > dotdots {
				parts = parts[:len(parts)-1]
			} else if !rooted {
				parts = append(parts, "..")
				dotdots++
			}
		default:
			parts = append(parts, e)
		}
	}
	out := strings.Join(parts, "/")
	if rooted {
		return "/" + out
	}
	if out == "" {
		return "."
	}
	return out
}

func Split(p string) (dir, file string) {
	i := strings.LastIndex(p, "/")
	return p[:i+1], p[i+1:]
}

func Join(elem ...string) string {
	var nonEmpty []string
	for _, e := range elem {
		if e != "" {
			nonEmpty = append(nonEmpty, e)
		}
	}
	if len(nonEmpty) == 0 {
		return ""
	}
	return Clean(strings.Join(nonEmpty, "/"))
}

func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

func Base(p string) string {
	if p == "" {
		return "."
	}
	p = strings.TrimRight(p, "/")
	if p == "" {
		return "/"
	}
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	return p
}

func IsAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// Match reports whether name matches the shell pattern (*, ?, [classes], \ escapes).
func Match(pattern, name string) (matched bool, err error) {
	for len(pattern) > 0 {
		star := false
		for len(pattern) > 0 && pattern[0] == '*' {
			pattern = pattern[1:]
			star = true
		}
		chunk, rest := splitChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star matches the rest of the name if it has no slash.
			return !strings.Contains(name, "/"), nil
		}
		tail, ok, err := matchChunk(chunk, name)
		if ok && (len(tail) == 0 || len(pattern) > 0) {
			name = tail
			continue
		}
		if err != nil {
			return false, err
		}
		if star {
			// Let the star take more and more of the name (never a slash).
			found := false
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				tail, ok, err := matchChunk(chunk, name[i+1:])
				if ok {
					if len(pattern) == 0 && len(tail) > 0 {
						continue
					}
					name = tail
					found = true
					break
				}
				if err != nil {
					return false, err
				}
			}
			if found {
				continue
			}
		}
		// No match: still report a malformed remainder of the pattern, as Go does.
		for len(pattern) > 0 {
			for len(pattern) > 0 && pattern[0] == '*' {
				pattern = pattern[1:]
			}
			chunk, pattern = splitChunk(pattern)
			if _, _, err := matchChunk(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	return len(name) == 0, nil
}

// splitChunk cuts pattern at its next unescaped star outside a class.
func splitChunk(pattern string) (chunk, rest string) {
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			if i+1 < len(pattern) {
				i++
			}
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '*':
			if !inClass {
				return pattern[:i], pattern[i:]
			}
		}
	}
	return pattern, ""
}

// matchChunk matches a star-free chunk at the start of s; it checks the whole chunk's syntax
// even when s runs out.
func matchChunk(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for len(chunk) > 0 {
		if !failed && len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := false
			if len(chunk) > 0 && chunk[0] == '^' {
				negated = true
				chunk = chunk[1:]
			}
			match := false
			nrange := 0
			for {
				if len(chunk) > 0 && chunk[0] == ']' && nrange > 0 {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				if lo, chunk, err = classChar(chunk); err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					if hi, chunk, err = classChar(chunk[1:]); err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					match = true
				}
				nrange++
			}
			if match == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		case '\\':
			chunk = chunk[1:]
			if len(chunk) == 0 {
				return "", false, ErrBadPattern
			}
			fallthrough
		default:
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

func classChar(chunk string) (r rune, rest string, err error) {
	if len(chunk) == 0 || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if len(chunk) == 0 {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		return 0, "", ErrBadPattern
	}
	rest = chunk[n:]
	if len(rest) == 0 {
		return 0, "", ErrBadPattern
	}
	return r, rest, nil
}
