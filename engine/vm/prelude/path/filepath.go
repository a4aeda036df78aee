// goroscope's package path/filepath: the lexical functions (on a Unix system, the same as package
// path's); there is no file system to walk.
package filepath

import (
	"errors"
	"os"
	"path"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = path.ErrBadPattern

func Clean(p string) string                    { return path.Clean(p) }
func Base(p string) string                     { return path.Base(p) }
func Dir(p string) string                      { return path.Dir(p) }
func Ext(p string) string                      { return path.Ext(p) }
func IsAbs(p string) bool                      { return path.IsAbs(p) }
func Join(elem ...string) string               { return path.Join(elem...) }
func Split(p string) (dir, file string)        { return path.Split(p) }
func Match(pattern, name string) (bool, error) { return path.Match(pattern, name) }
func ToSlash(p string) string                  { return p }
func FromSlash(p string) string                { return p }
func VolumeName(p string) string               { return "" }

func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs joins a relative path to the working directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a path to targ relative to base, lexically.
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bl, tl := len(base), len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != '/' {
			bi++
		}
		for ti < tl && targ[ti] != '/' {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		up := strings.Count(base[b0:bl], "/")
		out := strings.Repeat("../", up) + ".."
		if t0 != tl {
			out += "/" + targ[t0:]
		}
		return out, nil
	}
	return targ[t0:], nil
}
