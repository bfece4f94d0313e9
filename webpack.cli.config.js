/* The command line, bundled for Node: its TypeScript sources in one CommonJS file, so
   `bin/cx-segments.js` can require it on any Node 20. ExcelJS stays an external. */
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: './src/cli/main.ts',
  output: {
    path: path.resolve(__dirname, 'dist', 'cli'),
    filename: 'cx-segments.cjs',
    library: { type: 'commonjs2' },
  },
  externals: { exceljs: 'commonjs exceljs' },
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false },
  devtool: false,
  resolve: { extensions: ['.ts', '.js'] },
  module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
};
