// Unused imports, renamed and plain; a used alias is fine.
package main

import (
	f "fmt"
	str "strings"
	"time"
	tm "time"
)

func main() {
	f.Println(tm.Second)
}
