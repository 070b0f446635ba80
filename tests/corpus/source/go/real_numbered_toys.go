// An ORM's polymorphic test (shaped on jinzhu/gorm's polymorphic_test.go, audit round 202): a toy numbered in
// words is no BIKE key exchange; BIKE's level 3 named as the catalog spells it is.
package gorm

func checkToys(t *testing.T, hamsterToy Toy) {
	toy := Toy{Name: "bike 3"}
	if hamsterToy.Name != "bike 3" {
		t.Errorf("Hamster's toy should be %v", toy.Name)
	}
	kem := "BIKE-L3" // qready-expect: BIKE reference
	_ = kem
}
