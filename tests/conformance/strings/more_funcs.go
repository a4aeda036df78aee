// More of package strings: Cut, Map, FieldsFunc, IndexFunc, TrimFunc, SplitAfter, LastIndexAny,
// NewReplacer, EqualFold, Title, and Unicode case mapping.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Cut("novalue", "="))
	rot := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		if r == ' ' {
			return -1
		}
		return r
	}, "hello world!")
	fmt.Println(rot)
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("abc123", unicode.IsDigit), strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.LastIndexAny("golang", "gn"), strings.IndexAny("golang", "xyzl"), strings.ContainsAny("abc", ""))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("ß", "SS"), strings.Title("hello wide world"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎ ΣΑΣ"), strings.ToTitle("go"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Printf("%q\n", strings.Fields("  spaced\tout \n words  "))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("  hi  ", " "), strings.TrimSpace("\t hi \n"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
}
