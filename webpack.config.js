/* The add-in: task pane and custom functions share one page (the shared runtime), so
   taskpane.html loads both bundles. functions.json is generated from the functions' JSDoc. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';
const FUNCTION_FILES = ['./src/functions/functions.ts', './src/functions/more-functions.ts'];
/** Where the production build is hosted: a deployer changes this (or sets CX_PRODUCTION_URL). */
const PRODUCTION_URL = withSlash(process.env.CX_PRODUCTION_URL || 'https://cx-segments.example.com/');

function withSlash(url) {
  return url.endsWith('/') ? url : `${url}/`;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The production manifest: every occurrence (global regex, not just the first) of the dev URL
 * becomes the production URL, then every remaining bare dev origin (AppDomain) becomes the
 * production origin. In that order, so a production URL with a path keeps its path.
 */
function toProductionUrls(content, productionUrl = PRODUCTION_URL) {
  const url = withSlash(productionUrl);
  return content
    .toString()
    .replace(new RegExp(escapeRegExp(DEV_URL), 'g'), url)
    .replace(new RegExp(escapeRegExp(new URL(DEV_URL).origin), 'g'), new URL(url).origin);
}

/** Only for `webpack serve`: getHttpsServerOptions() creates and installs the dev certificates. */
async function devServerOptions() {
  const devCerts = require('office-addin-dev-certs');
  return {
    static: { directory: path.join(__dirname, 'dist') },
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    port: Number(new URL(DEV_URL).port),
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === 'development';
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    // clean, but keep dist/cli: the CLI bundle (webpack.cli.config.js) lives there too.
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: { keep: /^cli([\\/]|$)/ } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, loader: 'ts-loader', options: { transpileOnly: true } }],
    },
    performance: { hints: false },
    plugins: [
      // Every file with @customfunction JSDoc: the plugin reads their metadata and registers them.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: FUNCTION_FILES }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: '[name][ext]', transform: (content) => (dev ? content : toProductionUrls(content)) },
        ],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServerOptions() : undefined,
  };
};

module.exports.toProductionUrls = toProductionUrls;
