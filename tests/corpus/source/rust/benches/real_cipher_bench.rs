// A cipher crate's benchmarks with criterion (round 50 of the source audit): their names and ids are a
// benchmark's, the cipher they build is used.
use aes::Aes128; // qready-expect: AES reference
use criterion::{criterion_group, criterion_main, Criterion};

pub fn aes128_encrypt_block(c: &mut Criterion) {
    let cipher = Aes128::new(&Default::default()); // qready-expect: AES encrypt
    c.bench_function("aes128", |b| b.iter(|| cipher.encrypt_block(&mut Default::default())));
}

criterion_group!(benches, aes128_encrypt_block);
criterion_main!(benches);
