import { removeTempDirs } from './temp-dir';

afterAll(removeTempDirs);
