-- hostile: delete the sentinel file (os.remove is not there)
os.remove(SANDBOX_DIR .. "/sentinel.txt")
