# Thin wrapper around CMake: installs what is missing from Debian, builds, runs, tests.
# `make run` builds build/ and starts the game; `make test` builds build-asan/ with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs every test through ctest, then
# builds and checks the other compilers and build types (see `test` below).

PACKAGES := cmake make gcc pkg-config libsdl2-dev libsdl2-image-dev libsdl2-ttf-dev \
            liblua5.4-dev libsqlite3-dev libjansson-dev libfontconfig-dev fonts-dejavu-core \
            clang libclang-rt-14-dev xvfb xauth xdotool python3 sqlite3 \
            desktop-file-utils appstream groff-base chromium
JOBS := $(shell nproc 2>/dev/null || echo 2)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PREFIX ?= /usr/local

.PHONY: all deps build run test asan release clang-build fuzz fuzz-build screens install clean

all: build

# The packages are checked once, then again only when this Makefile (the list) changes;
# `rm .deps-ok` checks again after removing a package.
deps: .deps-ok
.deps-ok: Makefile
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

build/CMakeCache.txt: | deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps build/CMakeCache.txt
	cmake --build build -j $(JOBS)

run: build
	./build/trigger-trainer

# `make install PREFIX=/usr DESTDIR=/tmp/stage`: the program, its data, the desktop file,
# icons, AppStream metainfo and the man page (CMakeLists.txt lists them).
install: build
	DESTDIR="$(DESTDIR)" cmake --install build --prefix "$(PREFIX)"

build-asan/CMakeCache.txt: | deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTT_SANITIZE=ON

asan: deps build-asan/CMakeCache.txt
	cmake --build build-asan -j $(JOBS)

# The other compilers and build types, with warnings as errors (TT_WERROR, on by default):
# gcc Release (-O3, whose warnings Debug does not see) and clang RelWithDebInfo; the fuzz
# build below is clang Debug, build-asan gcc Debug, build/ gcc RelWithDebInfo.
build-release/CMakeCache.txt: | deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=gcc -DTT_WERROR=ON

release: deps build-release/CMakeCache.txt
	cmake --build build-release -j $(JOBS)

build-clang/CMakeCache.txt: | deps
	cmake -S . -B build-clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DTT_WERROR=ON

clang-build: deps build-clang/CMakeCache.txt
	cmake --build build-clang -j $(JOBS)

# `make test` also builds the clang libFuzzer targets (build-fuzz/) and runs each for
# FUZZ_SECONDS (about a minute in all); `make fuzz` runs them for 10 minutes each. The
# Release build runs the fast tests that check what an optimiser could break (scoring,
# the store, the command line, the install).
FUZZ_SECONDS ?= 12
RELEASE_TESTS := ^(test_score|test_store|test_review|test_bodygrid|cli_check|cli_cli_basics|cli_install)$$

test: asan fuzz-build release clang-build
	cd build-asan && ctest --output-on-failure -j $(JOBS)
	cd build-fuzz && TT_FUZZ_SECONDS=$(FUZZ_SECONDS) ctest -L '^fuzz$$' --output-on-failure
	cd build-release && ctest -R '$(RELEASE_TESTS)' --output-on-failure -j $(JOBS)

build-fuzz/CMakeCache.txt: | deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DTT_FUZZ=ON

fuzz-build: deps build-fuzz/CMakeCache.txt
	cmake --build build-fuzz -j $(JOBS)

fuzz: fuzz-build
	cd build-fuzz && TT_FUZZ_SECONDS=600 ctest -L '^fuzz$$' --output-on-failure

clean:
	rm -rf build build-asan build-fuzz build-release build-clang .deps-ok

# The screenshots in docs/screens/ (docs/screens.md shows them), at 1280x720 with the
# sample player: every scene `shot --list` names. A scene that takes an argument (NAME:)
# is drawn once for each of SCREEN_ARGS_NAME, the examples the docs show.
SCREEN_ARGS_chart := anterior posterior lateral_right lateral_left
SCREEN_ARGS_muscle := upper_trapezius infraspinatus gluteus_minimus
SCREEN_ARGS_explore := infraspinatus
SCENES = $(shell ./build/trigger-trainer shot --list | cut -d' ' -f1)
SCREENS = $(foreach s,$(SCENES),$(if $(filter %:,$(s)),$(addprefix $(s),$(SCREEN_ARGS_$(s:%:=%))),$(s)))
screens: build
	mkdir -p docs/screens
	for s in $(SCREENS); do \
	  SDL_VIDEODRIVER=offscreen ./build/trigger-trainer shot $$s --out docs/screens/$$(echo $$s | tr : _).png || exit 1; \
	done
