// Build step (runs inside webpack, loaded from webpack.config.js through tsx): not shipped.
import { Compilation, sources, WebpackError, type Compiler } from 'webpack';
import { shippedMetadata, type FunctionsMetadata } from './metadata';
import { renderHelpPages } from './renderHelpPages';

const NAME = 'AenmHelpPages';

/**
 * After custom-functions-metadata-plugin has generated functions.json from the
 * JSDoc: sets allowErrorForDataTypeAny, moves help URLs to `origin`, and emits
 * help/<function>.html for every function in it.
 */
export class HelpPagesPlugin {
  constructor(private readonly options: { metadataFile: string; origin?: string }) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.options.metadataFile);
        if (!asset) {
          compilation.errors.push(new WebpackError(`${NAME}: ${this.options.metadataFile} was not generated`));
          return;
        }
        const metadata = shippedMetadata(JSON.parse(asset.source.source().toString()) as FunctionsMetadata, this.options.origin);
        compilation.updateAsset(this.options.metadataFile, new sources.RawSource(JSON.stringify(metadata, null, 2)));
        for (const page of renderHelpPages(metadata)) compilation.emitAsset(`help/${page.file}`, new sources.RawSource(page.html));
      });
    });
  }
}
