package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"sync"
)

// A sharded map: keys are spread over shards by an FNV-1a hash, each shard has its own RWMutex, so
// writers to different shards do not wait for each other.
const shardCount = 8

type shard struct {
	sync.RWMutex
	items map[string]int
}

type ShardedMap []*shard

func NewShardedMap() ShardedMap {
	m := make(ShardedMap, shardCount)
	for i := range m {
		m[i] = &shard{items: map[string]int{}}
	}
	return m
}

func (m ShardedMap) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return m[h.Sum32()%shardCount]
}

func (m ShardedMap) Add(key string, delta int) {
	s := m.shardFor(key)
	s.Lock()
	s.items[key] += delta
	s.Unlock()
}

func (m ShardedMap) Get(key string) (int, bool) {
	s := m.shardFor(key)
	s.RLock()
	defer s.RUnlock()
	v, ok := s.items[key]
	return v, ok
}

func (m ShardedMap) Keys() []string {
	var keys []string
	for _, s := range m {
		s.RLock()
		for k := range s.items {
			keys = append(keys, k)
		}
		s.RUnlock()
	}
	sort.Strings(keys)
	return keys
}

func main() {
	m := NewShardedMap()
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Add(fmt.Sprintf("key-%02d", i%20), w)
			}
		}(w)
	}
	wg.Wait()
	keys := m.Keys()
	fmt.Println(len(keys), "keys, first", keys[:3], "last", keys[len(keys)-1])
	v, ok := m.Get("key-07")
	fmt.Println("key-07 =", v, ok) // 5 times each of 0..9
	_, ok = m.Get("missing")
	fmt.Println("missing:", ok)

	sizes := make([]int, shardCount)
	for i, s := range m {
		sizes[i] = len(s.items)
	}
	fmt.Println("keys per shard:", sizes)
	for _, k := range []string{"", "a", "key-00", "gopher"} {
		h := fnv.New32a()
		h.Write([]byte(k))
		h64 := fnv.New64a()
		h64.Write([]byte(k))
		fmt.Printf("%-8q fnv32a=%08x shard=%d fnv64a=%016x\n", k, h.Sum32(), h.Sum32()%shardCount, h64.Sum64())
	}
}
