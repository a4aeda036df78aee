package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// sync.Once for lazy initialisation: many goroutines ask for the configuration, it is loaded
// exactly once, and everyone sees the same value. A panicking Do still counts as done.
type Config struct {
	Name    string
	Workers int
	Tags    []string
	Limits  map[string]int
}

var (
	once     sync.Once
	config   *Config
	loads    int
	loadErr  error
	errNoEnv = errors.New("no environment")
)

func loadConfig() {
	loads++
	config = &Config{
		Name:    "crawler",
		Workers: 4,
		Tags:    strings.Fields("fast  safe\tpolite"),
		Limits:  map[string]int{"depth": 3, "pages": 100, "bytes": 1 << 20},
	}
}

func Get() *Config {
	once.Do(loadConfig)
	return config
}

type Service struct {
	initOnce sync.Once
	name     string
	started  []string
	mu       sync.Mutex
}

func (s *Service) Start(who string) {
	s.initOnce.Do(func() { s.name = "service/" + who })
	s.mu.Lock()
	s.started = append(s.started, who)
	s.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	seen := make([]*Config, 10)
	for i := range seen {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = Get()
		}(i)
	}
	wg.Wait()
	same := true
	for _, c := range seen {
		same = same && c == seen[0]
	}
	fmt.Println("loads:", loads, "same pointer everywhere:", same)
	fmt.Printf("%+v\n", *Get())

	var svc Service
	for _, w := range []string{"b", "a", "c"} {
		svc.Start(w)
	}
	sort.Strings(svc.started)
	fmt.Println(svc.name, svc.started)

	var risky sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		risky.Do(func() { panic(errNoEnv) })
	}()
	ran := false
	risky.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran, loadErr == nil)
}
