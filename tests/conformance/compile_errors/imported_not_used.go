// An import that is never used: `imported and not used: "os"`.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("hi")
}
