# Thin wrapper around CMake: installs what is missing from Debian, builds, runs, tests.
# `make run` builds build/ and starts the game; `make test` builds build-asan/ with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs every test through ctest.

PACKAGES := cmake make gcc pkg-config libsdl2-dev libsdl2-image-dev libsdl2-ttf-dev \
            liblua5.4-dev libsqlite3-dev libjansson-dev libfontconfig-dev fonts-dejavu-core \
            clang libclang-rt-14-dev xvfb xauth xdotool python3 sqlite3
JOBS := $(shell nproc 2>/dev/null || echo 2)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build run test asan fuzz fuzz-build screens clean

all: build

deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build/CMakeCache.txt: | deps
	cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps build/CMakeCache.txt
	cmake --build build -j $(JOBS)

run: build
	./build/trigger-trainer

build-asan/CMakeCache.txt: | deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTT_SANITIZE=ON

asan: deps build-asan/CMakeCache.txt
	cmake --build build-asan -j $(JOBS)

# `make test` also builds the clang libFuzzer targets (build-fuzz/) and runs each for
# FUZZ_SECONDS (about a minute in all); `make fuzz` runs them for 10 minutes each.
FUZZ_SECONDS ?= 12

test: asan fuzz-build
	cd build-asan && ctest --output-on-failure -j $(JOBS)
	cd build-fuzz && TT_FUZZ_SECONDS=$(FUZZ_SECONDS) ctest -L '^fuzz$$' --output-on-failure

build-fuzz/CMakeCache.txt: | deps
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang -DTT_FUZZ=ON

fuzz-build: deps build-fuzz/CMakeCache.txt
	cmake --build build-fuzz -j $(JOBS)

fuzz: fuzz-build
	cd build-fuzz && TT_FUZZ_SECONDS=600 ctest -L '^fuzz$$' --output-on-failure

clean:
	rm -rf build build-asan build-fuzz

# The screenshots in docs/screens/ (docs/screens.md shows them): every scene `shot --list`
# names, with the sample player, at 1280x720.
SCREENS := title players menu play quiz:locate quiz:locate-reveal quiz:refer quiz:refer-reveal \
           quiz:identify quiz:name results review explore:infraspinatus symptom progress settings \
           chart:anterior chart:posterior chart:lateral_right chart:lateral_left \
           muscle:upper_trapezius muscle:infraspinatus muscle:gluteus_minimus
screens: build
	mkdir -p docs/screens
	for s in $(SCREENS); do \
	  SDL_VIDEODRIVER=offscreen ./build/trigger-trainer shot $$s --out docs/screens/$$(echo $$s | tr : _).png || exit 1; \
	done
