package main

import (
	"encoding/base64"
	"fmt"
)

// encoding/base64 as Go by Example uses it, and the decoding errors: bad bytes, bad padding,
// trailing garbage, newlines skipped, raw encodings.
func main() {
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
	uDec, _ := base64.URLEncoding.DecodeString(uEnc)
	fmt.Println(string(uDec))
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd"} {
		fmt.Printf("%q %q %q %q\n", base64.StdEncoding.EncodeToString([]byte(s)), base64.RawStdEncoding.EncodeToString([]byte(s)), base64.URLEncoding.EncodeToString([]byte(s)), base64.RawURLEncoding.EncodeToString([]byte(s)))
	}
	for _, s := range []string{"Zm9v", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", "Zm9v\nYmFy", "Zm9vYmFy\r\n", "Zm9vYg==x", "Zm=9", "Z===", "Zm9v!", "=", "Zm9vY", "Zg==Zg==", "Zh=="} {
		b, err := base64.StdEncoding.DecodeString(s)
		r, rerr := base64.RawStdEncoding.DecodeString(s)
		fmt.Printf("%-12q %q %v | %q %v\n", s, b, err, r, rerr)
	}
	_, err := base64.StdEncoding.Strict().DecodeString("Zh==")
	fmt.Println("strict:", err)
	fmt.Println(base64.StdEncoding.EncodedLen(5), base64.RawStdEncoding.EncodedLen(5), base64.StdEncoding.DecodedLen(8), base64.RawURLEncoding.DecodedLen(7))
	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/").WithPadding('*')
	c := custom.EncodeToString([]byte("hi"))
	d, err := custom.DecodeString(c)
	fmt.Println(c, string(d), err)
}
