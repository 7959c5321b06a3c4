#!/usr/bin/env bash
# Installs a govreport build tree into a scratch prefix and builds and runs a consumer against it.
# SPDX-License-Identifier: MIT
#
# Usage: run_install_test.sh BUILD_DIR WORK_DIR LIBDIR VERSION ABI GENERATOR C_COMPILER [EXTRA_CFLAGS]
# (CTest passes these from tests/CMakeLists.txt.) Checks, in order: the installed file layout
# and SONAME symlink chain, a CMake consumer (find_package), a pkg-config consumer, and that
# both run against the *installed* library.
set -euo pipefail

build_dir=$1
work=$2
libdir=$3
version=$4
abi=$5
generator=$6
cc=$7
extra_cflags=${8:-}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

fail() { echo "install test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

rm -rf "$work"
mkdir -p "$work"
prefix="$work/prefix"
lib="$prefix/$libdir"

step "cmake --install into $prefix"
cmake --install "$build_dir" --prefix "$prefix" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; fail "cmake --install failed"; }

step "installed layout"
for f in include/govreport/govreport.h include/govreport/govreport_export.h \
         include/govreport/govreport_version.h "$libdir/cmake/govreport/govreportConfig.cmake" \
         "$libdir/cmake/govreport/govreportConfigVersion.cmake" "$libdir/pkgconfig/govreport.pc"; do
  [[ -f "$prefix/$f" ]] || fail "missing $f"
done
# libgovreport.so -> libgovreport.so.ABI -> libgovreport.so.VERSION (the real file)
[[ -L "$lib/libgovreport.so" ]] || fail "libgovreport.so is not a symlink"
[[ "$(readlink "$lib/libgovreport.so")" == "libgovreport.so.$abi" ]] \
  || fail "libgovreport.so -> $(readlink "$lib/libgovreport.so"), expected libgovreport.so.$abi"
[[ -L "$lib/libgovreport.so.$abi" ]] || fail "libgovreport.so.$abi is not a symlink"
[[ "$(readlink "$lib/libgovreport.so.$abi")" == "libgovreport.so.$version" ]] \
  || fail "libgovreport.so.$abi -> $(readlink "$lib/libgovreport.so.$abi"), expected libgovreport.so.$version"
[[ -f "$lib/libgovreport.so.$version" && ! -L "$lib/libgovreport.so.$version" ]] \
  || fail "libgovreport.so.$version is not a regular file"
readelf -d "$lib/libgovreport.so.$version" | grep -q "Library soname: \[libgovreport.so.$abi\]" \
  || fail "installed library has the wrong SONAME"

# The consumer must bind to the SONAME and load the library from the prefix, not the build tree.
check_binary() {
  local exe=$1
  readelf -d "$exe" | grep -q "Shared library: \[libgovreport.so.$abi\]" \
    || fail "$exe does not depend on libgovreport.so.$abi"
  local resolved
  resolved=$(LD_LIBRARY_PATH="$lib" ldd "$exe" | awk '/libgovreport/ {print $3}')
  [[ "$resolved" == "$lib/"* ]] || fail "$exe loads libgovreport from '$resolved', not $lib"
  LD_LIBRARY_PATH="$lib" "$exe" || fail "$exe exited with $?"
}

step "CMake consumer (find_package)"
cmake -S "$here" -B "$work/cmake-consumer" -G "$generator" \
  -DCMAKE_C_COMPILER="$cc" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON \
  ${extra_cflags:+"-DCMAKE_C_FLAGS=$extra_cflags"} > "$work/consumer-configure.log" 2>&1 \
  || { cat "$work/consumer-configure.log"; fail "consumer configure failed"; }
cmake --build "$work/cmake-consumer" > "$work/consumer-build.log" 2>&1 \
  || { cat "$work/consumer-build.log"; fail "consumer build failed"; }
check_binary "$work/cmake-consumer/consumer"

step "pkg-config consumer"
# The .pc file carries the prefix chosen at configure time; a staged install into another
# prefix is described to pkg-config by overriding that one variable.
export PKG_CONFIG_PATH="$lib/pkgconfig"
pc_flags=$(pkg-config --define-variable=prefix="$prefix" --cflags --libs govreport) \
  || fail "pkg-config cannot resolve govreport"
pc_version=$(pkg-config --modversion govreport)
[[ "$pc_version" == "$version" ]] || fail "govreport.pc says version $pc_version, expected $version"
[[ "$pc_flags" == *"-I$prefix/include"* && "$pc_flags" == *"-L$lib"* ]] \
  || fail "pkg-config flags do not point into the prefix: $pc_flags"
# shellcheck disable=SC2086  # pc_flags and extra_cflags are word lists on purpose
"$cc" -std=c99 -Wall -Wextra -Werror -pedantic $extra_cflags "$here/consumer.c" \
  -o "$work/pkgconfig-consumer" $pc_flags \
  || fail "compiling with pkg-config flags failed"
check_binary "$work/pkgconfig-consumer"

echo "install test: OK ($prefix)"
