# Test registration: unit tests (C), command-line and scene tests (shell scripts that
# drive the real binary headless), and, with TT_FUZZ, the libFuzzer targets.
set(TT_BIN $<TARGET_FILE:trigger-trainer>)
set(TT_TEST_ENV "SDL_VIDEODRIVER=offscreen;SDL_AUDIODRIVER=dummy;TT_SOURCE_DIR=${CMAKE_SOURCE_DIR};ASAN_OPTIONS=detect_leaks=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1;LSAN_OPTIONS=suppressions=${CMAKE_SOURCE_DIR}/tests/lsan.supp")

# Logic tests link the window-free core only (no SDL); the tests of screens link the UI
# and the tools (sample data, shots).
set(TT_UI_TESTS test_chart test_play_scenes test_scenes)
file(GLOB UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
  if(name IN_LIST TT_UI_TESTS)
    target_link_libraries(${name} PRIVATE trainer_tools)
  else()
    target_link_libraries(${name} PRIVATE trainer_core)
  endif()
  add_test(NAME ${name} COMMAND ${name} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 300)
endforeach()

# Shell tests get the binary and a scratch directory: tests/cli/NAME.sh BIN TMPDIR
file(GLOB CLI_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/cli/*.sh)
foreach(script ${CLI_TESTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME cli_${name}
           COMMAND bash ${script} ${TT_BIN} ${CMAKE_BINARY_DIR}/scratch/${name}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(cli_${name} PROPERTIES ENVIRONMENT "${TT_TEST_ENV}" TIMEOUT 600)
endforeach()

include(${CMAKE_SOURCE_DIR}/tests/fuzz/fuzz.cmake)
