// The layout of Microsoft's Yeoman "Excel task pane, React, TypeScript" template: taskpane and
// commands entries, an https dev server with office-addin-dev-certs, the manifest and icons copied,
// and the dev URL (https://localhost:3000/) replaced by the production URL in a production build.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the built files are hosted in production; set JIAOHE_URL_PROD when deploying.
const urlProd = process.env.JIAOHE_URL_PROD || "https://jiaohe.example.org/";

async function getHttpsOptions() {
  // Required lazily: a production build never needs certificates and must work offline.
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    // Linux without sudo: the certificates are made but the CA cannot be trusted system-wide, and
    // getHttpsServerOptions gives up. Serve with them anyway (the browser will warn once).
    const fs = require("fs");
    const paths = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(paths.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(`office-addin-dev-certs: ${String(e && e.message ? e.message : e).split("\n")[0]}; serving with the untrusted developer certificate.`);
    return {
      ca: fs.readFileSync(paths.caCertificatePath),
      key: fs.readFileSync(paths.localhostKeyPath),
      cert: fs.readFileSync(paths.localhostCertificatePath),
    };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const building = Boolean(env && env.WEBPACK_BUILD);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: ["./src/taskpane/index.tsx"],
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The core's sources import siblings with explicit .js extensions (nodenext for the CLI).
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: "tsconfig.json",
              // ES modules reach webpack untouched so Fluent UI and the core tree-shake.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: dev },
              onlyCompileBundledFiles: true,
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 1.5e6, maxEntrypointSize: 1.5e6 },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        options: building || (env && env.WEBPACK_BUNDLE) ? undefined : await getHttpsOptions(),
      },
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
};
