/**
 * JMH benchmarks of vanban, run by hand ({@code docs/PERFORMANCE.md}): extraction throughput
 * on the generated corpus beside a baseline that only reads and normalises the same files,
 * graph building and query latency.
 */
package io.github.vanban.bench;
