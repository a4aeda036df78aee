// Importing a package twice under the same name is a redeclaration; under another name it is
// fine, but each import must be used.
package main

import (
	"fmt"
	"fmt"
	str "strings"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("x"))
}
