package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// path and path/filepath: Clean, Base, Dir, Ext, Split, Join, IsAbs on odd inputs; Match with stars,
// classes, ranges, escapes and malformed patterns; filepath.Rel, SplitList, Abs.
func main() {
	paths := []string{"", ".", "..", "/", "//", "a", "a/", "/a/b/../c", "a/./b/", "../../x", "a/../..", "/../a", "a//b///c", "/a/b/c.tar.gz", ".hidden", "dir/.x", "a/b/..", "abc/def/../../..", "./", "x/y/z/../../..", "/..", "../a/.."}
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%-18q clean=%-12q base=%-8q dir=%-10q ext=%-6q split=%q,%q abs=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), d, f, path.IsAbs(p))
	}
	fmt.Println(path.Join(), path.Join("", ""), path.Join("a", "", "b"), path.Join("/", "x", "../y"), path.Join("a/", "/b/"), filepath.Join("usr", "local", "bin"))
	pats := []string{"*", "*.go", "a*b", "a?c", "[abc]x", "[^a]x", "[a-c]*", "*/*.go", "\\*", "a[", "[]", "[a-", "*x*", "**", "a*b*c", "[\\]]", "x[!a]"}
	names := []string{"", "main.go", "ab", "abc", "aXb", "bx", "ax", "dir/main.go", "*", "a[", "x", "xyz", "abbbc", "]", "x!"}
	for _, pat := range pats {
		var row []string
		for _, n := range names {
			ok, err := path.Match(pat, n)
			if err != nil {
				row = append(row, "ERR")
				break
			}
			if ok {
				row = append(row, fmt.Sprintf("%q", n))
			}
		}
		fmt.Printf("%-8q %s\n", pat, strings.Join(row, " "))
	}
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"/a", "b"}, {"a/b", "a/b"}, {"../a", "b"}, {"/", "/x"}, {"a/b/c", "a"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), len(filepath.SplitList("")), string(filepath.Separator), filepath.Ext("x.y.z"), filepath.Base("/usr/"), filepath.ToSlash("a/b"))
	abs, err := filepath.Abs("/x/../y")
	fmt.Println(abs, err)
	abs, err = filepath.Abs("rel")
	fmt.Println(strings.HasSuffix(abs, "/rel"), filepath.IsAbs(abs), err)
}
