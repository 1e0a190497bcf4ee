#!/usr/bin/env python3
"""What the wasm is made of: code by crate (from twiggy's per-function sizes of a build that keeps
its function names but is otherwise built as shipped), the data section and the rule image's share
of it, and the biggest functions.
Usage: wasm-breakdown.py WASM RULES_IMAGE [TOP]   (scripts/size-report.sh --breakdown runs it)."""
import csv, gzip, io, re, subprocess, sys
from collections import defaultdict

wasm, rules_image = sys.argv[1], sys.argv[2]
top = int(sys.argv[3]) if len(sys.argv) > 3 else 12
out = subprocess.run(['twiggy', 'top', '-n', '1000000', '--format', 'csv', wasm], capture_output=True, text=True, check=True).stdout
rows = list(csv.DictReader(io.StringIO(out)))

# The crates of this build (Cargo.lock), by the name their paths use.
CRATES = set(re.findall(r'^name = "([^"]+)"', open('Cargo.lock').read(), re.M))
CRATES = {c.replace('-', '_') for c in CRATES} | {'second_look'}


def crate(name):
    """The crate a function belongs to: the first crate of Cargo.lock named in it, so that
    `core::ptr::drop_in_place<yew::X>` counts for yew; a name with none is the standard library."""
    for p in re.findall(r'([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::', name):
        if p in CRATES:
            return p
    return 'std (core, alloc)' if re.search(r'\b(core|alloc|std)(\[[0-9a-f]+\])?::', name) else '(no name: glue and closures)'


code, data, custom, functions = defaultdict(int), 0, 0, []
for r in rows:
    name, size = r['Name'], int(r['ShallowSize'])
    if name.startswith('data segment') or name.startswith('data['):
        data += size
    elif name.startswith('custom section') or 'subsection' in name or name.startswith('"'):
        custom += size
    elif name in ('type[0]',) or re.match(r'^(type|import|export|elem|table|memory|global|code section headers|wasm magic bytes)', name):
        continue
    else:
        code[crate(name)] += size
        functions.append((size, name))

total_code = sum(code.values())
rules = open(rules_image, 'rb').read()
print(f"{'wasm as shipped (wasm-bindgen, wasm-opt -Oz)':<44} {'bytes':>10} {'share':>7}")
print(f"{'code (functions)':<44} {total_code:>10} {100 * total_code / (total_code + data):>6.1f}%")
print(f"{'data (read-only data of every crate)':<44} {data:>10} {100 * data / (total_code + data):>6.1f}%")
print(f"{'  of which the rule image (rules*.image)':<44} {len(rules):>10} {100 * len(rules) / data:>6.1f}% of data, {len(gzip.compress(rules, 9))} B gzip -9")
print(f"\n{'code by crate':<44} {'bytes':>10} {'share':>7}")
for name, size in sorted(code.items(), key=lambda kv: -kv[1])[:20]:
    print(f"  {name:<42} {size:>10} {100 * size / total_code:>6.1f}%")
rest = sum(sorted(code.values(), reverse=True)[20:])
print(f"  {'(other crates)':<42} {rest:>10} {100 * rest / total_code:>6.1f}%")
print(f"\n{top} biggest functions")
for size, name in sorted(functions, reverse=True)[:top]:
    print(f"  {size:>8}  {re.sub(r'::h[0-9a-f]{16}$', '', name)[:110]}")
