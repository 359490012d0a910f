# Test registration: unit tests (C), command-line and scene tests (Python scripts that
# drive the real binary headless), and, with TT_FUZZ, the libFuzzer targets.
set(TT_BIN $<TARGET_FILE:trigger-trainer>)
set(TT_TEST_ENV "SDL_VIDEODRIVER=offscreen;SDL_AUDIODRIVER=dummy;TT_SOURCE_DIR=${CMAKE_SOURCE_DIR};ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp;PYTHONDONTWRITEBYTECODE=1;TT_CACHE_DIR=${CMAKE_BINARY_DIR}/scratch/layers")

# Logic tests link the window-free core only (no SDL); the tests of screens link the UI
# and the tools (sample data, shots).
set(TT_UI_TESTS test_chart test_chart_picture test_layer_cache test_play_scenes test_scenes)
file(GLOB UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  if(name IN_LIST TT_UI_TESTS)
    target_link_libraries(${name} PRIVATE trainer_tools PkgConfig::SDL2_IMAGE)
  else()
    target_link_libraries(${name} PRIVATE trainer_core)
  endif()
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 300)
endforeach()

# Command-line tests drive the real binary: tests/cli/NAME.py (tt.py is their shared harness;
# docs/conventions.md) or NAME.sh, run from the source tree as `python3 NAME.py BIN TMPDIR`
# (or `bash NAME.sh BIN TMPDIR`) and registered as cli_NAME.
find_program(TT_PYTHON3 python3 REQUIRED)
file(GLOB CLI_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/cli/*.py ${CMAKE_SOURCE_DIR}/tests/cli/*.sh)
list(REMOVE_ITEM CLI_TESTS ${CMAKE_SOURCE_DIR}/tests/cli/tt.py)
foreach(script ${CLI_TESTS})
  get_filename_component(name ${script} NAME_WE)
  if(script MATCHES "[.]py$")
    set(runner ${TT_PYTHON3})
  else()
    set(runner bash)
  endif()
  add_test(NAME cli_${name}
           COMMAND ${runner} ${script} ${TT_BIN} ${CMAKE_BINARY_DIR}/scratch/${name}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli_${name} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 600)
endforeach()

include(${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz.cmake)
