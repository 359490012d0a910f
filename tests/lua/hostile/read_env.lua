-- hostile: read the environment (os.getenv is not there)
return os.getenv("HOME")
