#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  compatReport,
  evaluate,
  fmt,
  parseHarnessResult,
  renderCompatMarkdown,
  renderCompatText
} from "./chunk-7AOFYV3A.js";
import {
  checkArtifacts
} from "./chunk-TN6VMJ5F.js";
import {
  progressReporter
} from "./chunk-GSX4WLHA.js";
import "./chunk-L7QR56MK.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  openRegistryFor,
  provenance,
  recordEvidence,
  recordOption,
  registryOptions
} from "./chunk-Y5WLGIWN.js";
import {
  sha256Bytes
} from "./chunk-WLW7VUCT.js";
import {
  SERVE_MODELS_DIR,
  loadManifest,
  readSamplesFile,
  toNamedLine
} from "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import "./chunk-QZE4DUBB.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import {
  hasErrors
} from "./chunk-BEQKABMV.js";
import {
  booleanOption,
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  ENGINES,
  EXIT_KILLED,
  ServerExitedError,
  arm,
  detectEngine,
  lastLine,
  removeOnExit
} from "./chunk-ZN7UV7XM.js";
import {
  layOutRepository
} from "./chunk-BKEKQBAJ.js";
import {
  resolveInside
} from "./chunk-KS5MAWVZ.js";
import {
  closest
} from "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import {
  InfraError,
  UsageError
} from "./chunk-HVXGMGJV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/hdr-histogram-js/dist/HistogramIterationValue.js
var require_HistogramIterationValue = __commonJS({
  "node_modules/hdr-histogram-js/dist/HistogramIterationValue.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var HistogramIterationValue = class {
      constructor() {
        this.reset();
      }
      reset() {
        this.valueIteratedTo = 0;
        this.valueIteratedFrom = 0;
        this.countAtValueIteratedTo = 0;
        this.countAddedInThisIterationStep = 0;
        this.totalCountToThisValue = 0;
        this.totalValueToThisValue = 0;
        this.percentile = 0;
        this.percentileLevelIteratedTo = 0;
      }
    };
    exports.default = HistogramIterationValue;
  }
});

// node_modules/hdr-histogram-js/dist/JsHistogramIterator.js
var require_JsHistogramIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/JsHistogramIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var HistogramIterationValue_1 = require_HistogramIterationValue();
    var JsHistogramIterator = class {
      constructor() {
        this.currentIterationValue = new HistogramIterationValue_1.default();
      }
      resetIterator(histogram) {
        this.histogram = histogram;
        this.savedHistogramTotalRawCount = histogram.totalCount;
        this.arrayTotalCount = histogram.totalCount;
        this.currentIndex = 0;
        this.currentValueAtIndex = 0;
        this.nextValueAtIndex = Math.pow(2, histogram.unitMagnitude);
        this.prevValueIteratedTo = 0;
        this.totalCountToPrevIndex = 0;
        this.totalCountToCurrentIndex = 0;
        this.totalValueToCurrentIndex = 0;
        this.countAtThisValue = 0;
        this.freshSubBucket = true;
        this.currentIterationValue.reset();
      }
      /**
       * Returns true if the iteration has more elements. (In other words, returns true if next would return an
       * element rather than throwing an exception.)
       *
       * @return true if the iterator has more elements.
       */
      hasNext() {
        if (this.histogram.totalCount !== this.savedHistogramTotalRawCount) {
          throw "Concurrent Modification Exception";
        }
        return this.totalCountToCurrentIndex < this.arrayTotalCount;
      }
      /**
       * Returns the next element in the iteration.
       *
       * @return the {@link HistogramIterationValue} associated with the next element in the iteration.
       */
      next() {
        while (!this.exhaustedSubBuckets()) {
          this.countAtThisValue = this.histogram.getCountAtIndex(this.currentIndex);
          if (this.freshSubBucket) {
            this.totalCountToCurrentIndex += this.countAtThisValue;
            this.totalValueToCurrentIndex += this.countAtThisValue * this.histogram.highestEquivalentValue(this.currentValueAtIndex);
            this.freshSubBucket = false;
          }
          if (this.reachedIterationLevel()) {
            const valueIteratedTo = this.getValueIteratedTo();
            Object.assign(this.currentIterationValue, {
              valueIteratedTo,
              valueIteratedFrom: this.prevValueIteratedTo,
              countAtValueIteratedTo: this.countAtThisValue,
              countAddedInThisIterationStep: this.totalCountToCurrentIndex - this.totalCountToPrevIndex,
              totalCountToThisValue: this.totalCountToCurrentIndex,
              totalValueToThisValue: this.totalValueToCurrentIndex,
              percentile: 100 * this.totalCountToCurrentIndex / this.arrayTotalCount,
              percentileLevelIteratedTo: this.getPercentileIteratedTo()
            });
            this.prevValueIteratedTo = valueIteratedTo;
            this.totalCountToPrevIndex = this.totalCountToCurrentIndex;
            this.incrementIterationLevel();
            if (this.histogram.totalCount !== this.savedHistogramTotalRawCount) {
              throw new Error("Concurrent Modification Exception");
            }
            return this.currentIterationValue;
          }
          this.incrementSubBucket();
        }
        throw new Error("Index Out Of Bounds Exception");
      }
      getPercentileIteratedTo() {
        return 100 * this.totalCountToCurrentIndex / this.arrayTotalCount;
      }
      getPercentileIteratedFrom() {
        return 100 * this.totalCountToPrevIndex / this.arrayTotalCount;
      }
      getValueIteratedTo() {
        return this.histogram.highestEquivalentValue(this.currentValueAtIndex);
      }
      exhaustedSubBuckets() {
        return this.currentIndex >= this.histogram.countsArrayLength;
      }
      incrementSubBucket() {
        this.freshSubBucket = true;
        this.currentIndex++;
        this.currentValueAtIndex = this.histogram.valueFromIndex(this.currentIndex);
        this.nextValueAtIndex = this.histogram.valueFromIndex(this.currentIndex + 1);
      }
    };
    exports.default = JsHistogramIterator;
  }
});

// node_modules/hdr-histogram-js/dist/RecordedValuesIterator.js
var require_RecordedValuesIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/RecordedValuesIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogramIterator_1 = require_JsHistogramIterator();
    var RecordedValuesIterator = class extends JsHistogramIterator_1.default {
      /**
       * @param histogram The histogram this iterator will operate on
       */
      constructor(histogram) {
        super();
        this.doReset(histogram);
      }
      /**
       * Reset iterator for re-use in a fresh iteration over the same histogram data set.
       */
      reset() {
        this.doReset(this.histogram);
      }
      doReset(histogram) {
        super.resetIterator(histogram);
        this.visitedIndex = -1;
      }
      incrementIterationLevel() {
        this.visitedIndex = this.currentIndex;
      }
      reachedIterationLevel() {
        const currentCount = this.histogram.getCountAtIndex(this.currentIndex);
        return currentCount != 0 && this.visitedIndex !== this.currentIndex;
      }
    };
    exports.default = RecordedValuesIterator;
  }
});

// node_modules/hdr-histogram-js/dist/PercentileIterator.js
var require_PercentileIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/PercentileIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogramIterator_1 = require_JsHistogramIterator();
    var { pow, floor, log2 } = Math;
    var PercentileIterator = class extends JsHistogramIterator_1.default {
      /**
       * @param histogram The histogram this iterator will operate on
       * @param percentileTicksPerHalfDistance The number of equal-sized iteration steps per half-distance to 100%.
       */
      constructor(histogram, percentileTicksPerHalfDistance) {
        super();
        this.percentileTicksPerHalfDistance = 0;
        this.percentileLevelToIterateTo = 0;
        this.percentileLevelToIterateFrom = 0;
        this.reachedLastRecordedValue = false;
        this.doReset(histogram, percentileTicksPerHalfDistance);
      }
      /**
       * Reset iterator for re-use in a fresh iteration over the same histogram data set.
       *
       * @param percentileTicksPerHalfDistance The number of iteration steps per half-distance to 100%.
       */
      reset(percentileTicksPerHalfDistance) {
        this.doReset(this.histogram, percentileTicksPerHalfDistance);
      }
      doReset(histogram, percentileTicksPerHalfDistance) {
        super.resetIterator(histogram);
        this.percentileTicksPerHalfDistance = percentileTicksPerHalfDistance;
        this.percentileLevelToIterateTo = 0;
        this.percentileLevelToIterateFrom = 0;
        this.reachedLastRecordedValue = false;
      }
      hasNext() {
        if (super.hasNext())
          return true;
        if (!this.reachedLastRecordedValue && this.arrayTotalCount > 0) {
          this.percentileLevelToIterateTo = 100;
          this.reachedLastRecordedValue = true;
          return true;
        }
        return false;
      }
      incrementIterationLevel() {
        this.percentileLevelToIterateFrom = this.percentileLevelToIterateTo;
        const percentileReportingTicks = this.percentileTicksPerHalfDistance * pow(2, floor(log2(100 / (100 - this.percentileLevelToIterateTo))) + 1);
        this.percentileLevelToIterateTo += 100 / percentileReportingTicks;
      }
      reachedIterationLevel() {
        if (this.countAtThisValue === 0) {
          return false;
        }
        const currentPercentile = 100 * this.totalCountToCurrentIndex / this.arrayTotalCount;
        return currentPercentile >= this.percentileLevelToIterateTo;
      }
      getPercentileIteratedTo() {
        return this.percentileLevelToIterateTo;
      }
      getPercentileIteratedFrom() {
        return this.percentileLevelToIterateFrom;
      }
    };
    exports.default = PercentileIterator;
  }
});

// node_modules/hdr-histogram-js/dist/formatters.js
var require_formatters = __commonJS({
  "node_modules/hdr-histogram-js/dist/formatters.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.floatFormatter = exports.keepSignificantDigits = exports.integerFormatter = void 0;
    var leftPadding = (size) => {
      return (input) => {
        if (input.length < size) {
          return " ".repeat(size - input.length) + input;
        }
        return input;
      };
    };
    var integerFormatter = (size) => {
      const padding = leftPadding(size);
      return (integer) => padding("" + integer);
    };
    exports.integerFormatter = integerFormatter;
    var { floor, log10, pow } = Math;
    var numberOfDigits = (n) => floor(log10(n) + 1);
    var keepSignificantDigits = (digits) => (value) => {
      const valueDigits = numberOfDigits(value);
      if (valueDigits > digits) {
        const extraDigits = valueDigits - digits;
        const magnitude = pow(10, extraDigits);
        return value - value % magnitude;
      }
      return value;
    };
    exports.keepSignificantDigits = keepSignificantDigits;
    var floatFormatter = (size, fractionDigits) => {
      const numberFormatter = new Intl.NumberFormat("en-US", {
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: fractionDigits,
        useGrouping: false
      });
      const padding = leftPadding(size);
      return (float) => padding(numberFormatter.format(float));
    };
    exports.floatFormatter = floatFormatter;
  }
});

// node_modules/hdr-histogram-js/dist/ulp.js
var require_ulp = __commonJS({
  "node_modules/hdr-histogram-js/dist/ulp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ulp = (x) => Math.pow(2, Math.floor(Math.log2(x)) - 52);
    exports.default = ulp;
  }
});

// node_modules/hdr-histogram-js/dist/Histogram.js
var require_Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSummary = exports.NO_TAG = void 0;
    var formatters_1 = require_formatters();
    exports.NO_TAG = "NO TAG";
    var toSummary = (histogram) => {
      const { totalCount, maxValue, numberOfSignificantValueDigits } = histogram;
      const round = (0, formatters_1.keepSignificantDigits)(numberOfSignificantValueDigits);
      return {
        p50: round(histogram.getValueAtPercentile(50)),
        p75: round(histogram.getValueAtPercentile(75)),
        p90: round(histogram.getValueAtPercentile(90)),
        p97_5: round(histogram.getValueAtPercentile(97.5)),
        p99: round(histogram.getValueAtPercentile(99)),
        p99_9: round(histogram.getValueAtPercentile(99.9)),
        p99_99: round(histogram.getValueAtPercentile(99.99)),
        p99_999: round(histogram.getValueAtPercentile(99.999)),
        max: maxValue,
        totalCount
      };
    };
    exports.toSummary = toSummary;
  }
});

// node_modules/hdr-histogram-js/dist/JsHistogram.js
var require_JsHistogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/JsHistogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = exports.JsHistogram = void 0;
    var RecordedValuesIterator_1 = require_RecordedValuesIterator();
    var PercentileIterator_1 = require_PercentileIterator();
    var formatters_1 = require_formatters();
    var ulp_1 = require_ulp();
    var Histogram_1 = require_Histogram();
    var { pow, floor, ceil, log2, max, min } = Math;
    var JsHistogram = class _JsHistogram {
      incrementTotalCount() {
        this._totalCount++;
      }
      addToTotalCount(value) {
        this._totalCount += value;
      }
      setTotalCount(value) {
        this._totalCount = value;
      }
      /**
       * Get the total count of all recorded values in the histogram
       * @return the total count of all recorded values in the histogram
       */
      get totalCount() {
        return this._totalCount;
      }
      updatedMaxValue(value) {
        const internalValue = value + this.unitMagnitudeMask;
        this.maxValue = internalValue;
      }
      updateMinNonZeroValue(value) {
        if (value <= this.unitMagnitudeMask) {
          return;
        }
        const internalValue = floor(value / this.lowestDiscernibleValueRounded) * this.lowestDiscernibleValueRounded;
        this.minNonZeroValue = internalValue;
      }
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        this.autoResize = false;
        this.startTimeStampMsec = Number.MAX_SAFE_INTEGER;
        this.endTimeStampMsec = 0;
        this.tag = Histogram_1.NO_TAG;
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_SAFE_INTEGER;
        this.identity = 0;
        this.highestTrackableValue = 0;
        this.lowestDiscernibleValue = 0;
        this.numberOfSignificantValueDigits = 0;
        this.bucketCount = 0;
        this.subBucketCount = 0;
        this.countsArrayLength = 0;
        this.wordSizeInBytes = 0;
        if (lowestDiscernibleValue < 1) {
          throw new Error("lowestDiscernibleValue must be >= 1");
        }
        if (highestTrackableValue < 2 * lowestDiscernibleValue) {
          throw new Error(`highestTrackableValue must be >= 2 * lowestDiscernibleValue ( 2 * ${lowestDiscernibleValue} )`);
        }
        if (numberOfSignificantValueDigits < 0 || numberOfSignificantValueDigits > 5) {
          throw new Error("numberOfSignificantValueDigits must be between 0 and 5");
        }
        this.identity = _JsHistogram.identityBuilder++;
        this.init(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
      init(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        this.lowestDiscernibleValue = lowestDiscernibleValue;
        this.highestTrackableValue = highestTrackableValue;
        this.numberOfSignificantValueDigits = numberOfSignificantValueDigits;
        const largestValueWithSingleUnitResolution = 2 * floor(pow(10, numberOfSignificantValueDigits));
        this.unitMagnitude = floor(log2(lowestDiscernibleValue));
        this.lowestDiscernibleValueRounded = pow(2, this.unitMagnitude);
        this.unitMagnitudeMask = this.lowestDiscernibleValueRounded - 1;
        const subBucketCountMagnitude = ceil(log2(largestValueWithSingleUnitResolution));
        this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
        this.subBucketCount = pow(2, this.subBucketHalfCountMagnitude + 1);
        this.subBucketHalfCount = this.subBucketCount / 2;
        this.subBucketMask = (floor(this.subBucketCount) - 1) * pow(2, this.unitMagnitude);
        this.establishSize(highestTrackableValue);
        this.leadingZeroCountBase = 53 - this.unitMagnitude - this.subBucketHalfCountMagnitude - 1;
        this.percentileIterator = new PercentileIterator_1.default(this, 1);
        this.recordedValuesIterator = new RecordedValuesIterator_1.default(this);
      }
      /**
       * The buckets (each of which has subBucketCount sub-buckets, here assumed to be 2048 as an example) overlap:
       *
       * <pre>
       * The 0'th bucket covers from 0...2047 in multiples of 1, using all 2048 sub-buckets
       * The 1'th bucket covers from 2048..4097 in multiples of 2, using only the top 1024 sub-buckets
       * The 2'th bucket covers from 4096..8191 in multiple of 4, using only the top 1024 sub-buckets
       * ...
       * </pre>
       *
       * Bucket 0 is "special" here. It is the only one that has 2048 entries. All the rest have 1024 entries (because
       * their bottom half overlaps with and is already covered by the all of the previous buckets put together). In other
       * words, the k'th bucket could represent 0 * 2^k to 2048 * 2^k in 2048 buckets with 2^k precision, but the midpoint
       * of 1024 * 2^k = 2048 * 2^(k-1) = the k-1'th bucket's end, so we would use the previous bucket for those lower
       * values as it has better precision.
       */
      establishSize(newHighestTrackableValue) {
        this.countsArrayLength = this.determineArrayLengthNeeded(newHighestTrackableValue);
        this.bucketCount = this.getBucketsNeededToCoverValue(newHighestTrackableValue);
        this.highestTrackableValue = newHighestTrackableValue;
      }
      determineArrayLengthNeeded(highestTrackableValue) {
        if (highestTrackableValue < 2 * this.lowestDiscernibleValue) {
          throw new Error("highestTrackableValue (" + highestTrackableValue + ") cannot be < (2 * lowestDiscernibleValue)");
        }
        const countsArrayLength = this.getLengthForNumberOfBuckets(this.getBucketsNeededToCoverValue(highestTrackableValue));
        return countsArrayLength;
      }
      /**
       * If we have N such that subBucketCount * 2^N > max value, we need storage for N+1 buckets, each with enough
       * slots to hold the top half of the subBucketCount (the lower half is covered by previous buckets), and the +1
       * being used for the lower half of the 0'th bucket. Or, equivalently, we need 1 more bucket to capture the max
       * value if we consider the sub-bucket length to be halved.
       */
      getLengthForNumberOfBuckets(numberOfBuckets) {
        const lengthNeeded = (numberOfBuckets + 1) * (this.subBucketCount / 2);
        return lengthNeeded;
      }
      getBucketsNeededToCoverValue(value) {
        let smallestUntrackableValue = this.subBucketCount * pow(2, this.unitMagnitude);
        let bucketsNeeded = 1;
        while (smallestUntrackableValue <= value) {
          if (smallestUntrackableValue > Number.MAX_SAFE_INTEGER / 2) {
            return bucketsNeeded + 1;
          }
          smallestUntrackableValue = smallestUntrackableValue * 2;
          bucketsNeeded++;
        }
        return bucketsNeeded;
      }
      /**
       * Record a value in the histogram
       *
       * @param value The value to be recorded
       * @throws may throw Error if value is exceeds highestTrackableValue
       */
      recordValue(value) {
        this.recordSingleValue(value);
      }
      recordSingleValue(value) {
        const countsIndex = this.countsArrayIndex(value);
        if (countsIndex >= this.countsArrayLength) {
          this.handleRecordException(1, value);
        } else {
          this.incrementCountAtIndex(countsIndex);
        }
        this.updateMinAndMax(value);
        this.incrementTotalCount();
      }
      handleRecordException(count, value) {
        if (!this.autoResize) {
          throw new Error("Value " + value + " is outside of histogram covered range");
        }
        this.resize(value);
        var countsIndex = this.countsArrayIndex(value);
        this.addToCountAtIndex(countsIndex, count);
        this.highestTrackableValue = this.highestEquivalentValue(this.valueFromIndex(this.countsArrayLength - 1));
      }
      countsArrayIndex(value) {
        if (value < 0) {
          throw new Error("Histogram recorded value cannot be negative.");
        }
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        return this.computeCountsArrayIndex(bucketIndex, subBucketIndex);
      }
      computeCountsArrayIndex(bucketIndex, subBucketIndex) {
        const bucketBaseIndex = (bucketIndex + 1) * pow(2, this.subBucketHalfCountMagnitude);
        const offsetInBucket = subBucketIndex - this.subBucketHalfCount;
        return bucketBaseIndex + offsetInBucket;
      }
      /**
       * @return the lowest (and therefore highest precision) bucket index that can represent the value
       */
      getBucketIndex(value) {
        return max(floor(log2(value)) - this.subBucketHalfCountMagnitude - this.unitMagnitude, 0);
      }
      getSubBucketIndex(value, bucketIndex) {
        return floor(value / pow(2, bucketIndex + this.unitMagnitude));
      }
      updateMinAndMax(value) {
        if (value > this.maxValue) {
          this.updatedMaxValue(value);
        }
        if (value < this.minNonZeroValue && value !== 0) {
          this.updateMinNonZeroValue(value);
        }
      }
      /**
       * Get the value at a given percentile.
       * When the given percentile is &gt; 0.0, the value returned is the value that the given
       * percentage of the overall recorded value entries in the histogram are either smaller than
       * or equivalent to. When the given percentile is 0.0, the value returned is the value that all value
       * entries in the histogram are either larger than or equivalent to.
       * <p>
       * Note that two values are "equivalent" in this statement if
       * {@link org.HdrHistogram.JsHistogram#valuesAreEquivalent} would return true.
       *
       * @param percentile  The percentile for which to return the associated value
       * @return The value that the given percentage of the overall recorded value entries in the
       * histogram are either smaller than or equivalent to. When the percentile is 0.0, returns the
       * value that all value entries in the histogram are either larger than or equivalent to.
       */
      getValueAtPercentile(percentile) {
        const requestedPercentile = min(percentile, 100);
        const fpCountAtPercentile = requestedPercentile / 100 * this.totalCount;
        const countAtPercentile = max(
          ceil(fpCountAtPercentile - (0, ulp_1.default)(fpCountAtPercentile)),
          // round up
          1
          // Make sure we at least reach the first recorded entry
        );
        let totalToCurrentIndex = 0;
        for (let i = 0; i < this.countsArrayLength; i++) {
          totalToCurrentIndex += this.getCountAtIndex(i);
          if (totalToCurrentIndex >= countAtPercentile) {
            var valueAtIndex = this.valueFromIndex(i);
            return percentile === 0 ? this.lowestEquivalentValue(valueAtIndex) : this.highestEquivalentValue(valueAtIndex);
          }
        }
        return 0;
      }
      valueFromIndexes(bucketIndex, subBucketIndex) {
        return subBucketIndex * pow(2, bucketIndex + this.unitMagnitude);
      }
      valueFromIndex(index) {
        let bucketIndex = floor(index / this.subBucketHalfCount) - 1;
        let subBucketIndex = index % this.subBucketHalfCount + this.subBucketHalfCount;
        if (bucketIndex < 0) {
          subBucketIndex -= this.subBucketHalfCount;
          bucketIndex = 0;
        }
        return this.valueFromIndexes(bucketIndex, subBucketIndex);
      }
      /**
       * Get the lowest value that is equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The lowest value that is equivalent to the given value within the histogram's resolution.
       */
      lowestEquivalentValue(value) {
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        const thisValueBaseLevel = this.valueFromIndexes(bucketIndex, subBucketIndex);
        return thisValueBaseLevel;
      }
      /**
       * Get the highest value that is equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The highest value that is equivalent to the given value within the histogram's resolution.
       */
      highestEquivalentValue(value) {
        return this.nextNonEquivalentValue(value) - 1;
      }
      /**
       * Get the next value that is not equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The next value that is not equivalent to the given value within the histogram's resolution.
       */
      nextNonEquivalentValue(value) {
        return this.lowestEquivalentValue(value) + this.sizeOfEquivalentValueRange(value);
      }
      /**
       * Get the size (in value units) of the range of values that are equivalent to the given value within the
       * histogram's resolution. Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The size of the range of values equivalent to the given value.
       */
      sizeOfEquivalentValueRange(value) {
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        const distanceToNextValue = pow(2, this.unitMagnitude + (subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex));
        return distanceToNextValue;
      }
      /**
       * Get a value that lies in the middle (rounded up) of the range of values equivalent the given value.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The value lies in the middle (rounded up) of the range of values equivalent the given value.
       */
      medianEquivalentValue(value) {
        return this.lowestEquivalentValue(value) + floor(this.sizeOfEquivalentValueRange(value) / 2);
      }
      /**
       * Get the computed mean value of all recorded values in the histogram
       *
       * @return the mean value (in value units) of the histogram data
       */
      get mean() {
        if (this.totalCount === 0) {
          return 0;
        }
        this.recordedValuesIterator.reset();
        let totalValue = 0;
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          totalValue += this.medianEquivalentValue(iterationValue.valueIteratedTo) * iterationValue.countAtValueIteratedTo;
        }
        return totalValue / this.totalCount;
      }
      getStdDeviation(mean = this.mean) {
        if (this.totalCount === 0) {
          return 0;
        }
        let geometric_deviation_total = 0;
        this.recordedValuesIterator.reset();
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          const deviation = this.medianEquivalentValue(iterationValue.valueIteratedTo) - mean;
          geometric_deviation_total += deviation * deviation * iterationValue.countAddedInThisIterationStep;
        }
        const std_deviation = Math.sqrt(geometric_deviation_total / this.totalCount);
        return std_deviation;
      }
      /**
       * Get the computed standard deviation of all recorded values in the histogram
       *
       * @return the standard deviation (in value units) of the histogram data
       */
      get stdDeviation() {
        if (this.totalCount === 0) {
          return 0;
        }
        const mean = this.mean;
        let geometric_deviation_total = 0;
        this.recordedValuesIterator.reset();
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          const deviation = this.medianEquivalentValue(iterationValue.valueIteratedTo) - mean;
          geometric_deviation_total += deviation * deviation * iterationValue.countAddedInThisIterationStep;
        }
        const std_deviation = Math.sqrt(geometric_deviation_total / this.totalCount);
        return std_deviation;
      }
      /**
       * Produce textual representation of the value distribution of histogram data by percentile. The distribution is
       * output with exponentially increasing resolution, with each exponentially decreasing half-distance containing
       * <i>dumpTicksPerHalf</i> percentile reporting tick points.
       *
       * @param printStream    Stream into which the distribution will be output
       * <p>
       * @param percentileTicksPerHalfDistance  The number of reporting points per exponentially decreasing half-distance
       * <p>
       * @param outputValueUnitScalingRatio    The scaling factor by which to divide histogram recorded values units in
       *                                     output
       * @param useCsvFormat  Output in CSV format if true. Otherwise use plain text form.
       */
      outputPercentileDistribution(percentileTicksPerHalfDistance = 5, outputValueUnitScalingRatio = 1, useCsvFormat = false) {
        let result = "";
        if (useCsvFormat) {
          result += '"Value","Percentile","TotalCount","1/(1-Percentile)"\n';
        } else {
          result += "       Value     Percentile TotalCount 1/(1-Percentile)\n\n";
        }
        const iterator = this.percentileIterator;
        iterator.reset(percentileTicksPerHalfDistance);
        let lineFormatter;
        let lastLineFormatter;
        if (useCsvFormat) {
          const valueFormatter = (0, formatters_1.floatFormatter)(0, this.numberOfSignificantValueDigits);
          const percentileFormatter = (0, formatters_1.floatFormatter)(0, 12);
          const lastFormatter = (0, formatters_1.floatFormatter)(0, 2);
          lineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + "," + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + "," + iterationValue.totalCountToThisValue + "," + lastFormatter(1 / (1 - iterationValue.percentileLevelIteratedTo / 100)) + "\n";
          lastLineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + "," + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + "," + iterationValue.totalCountToThisValue + ",Infinity\n";
        } else {
          const valueFormatter = (0, formatters_1.floatFormatter)(12, this.numberOfSignificantValueDigits);
          const percentileFormatter = (0, formatters_1.floatFormatter)(2, 12);
          const totalCountFormatter = (0, formatters_1.integerFormatter)(10);
          const lastFormatter = (0, formatters_1.floatFormatter)(14, 2);
          lineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + " " + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + " " + totalCountFormatter(iterationValue.totalCountToThisValue) + " " + lastFormatter(1 / (1 - iterationValue.percentileLevelIteratedTo / 100)) + "\n";
          lastLineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + " " + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + " " + totalCountFormatter(iterationValue.totalCountToThisValue) + "\n";
        }
        while (iterator.hasNext()) {
          const iterationValue = iterator.next();
          if (iterationValue.percentileLevelIteratedTo < 100) {
            result += lineFormatter(iterationValue);
          } else {
            result += lastLineFormatter(iterationValue);
          }
        }
        if (!useCsvFormat) {
          const formatter = (0, formatters_1.floatFormatter)(12, this.numberOfSignificantValueDigits);
          const _mean = this.mean;
          const mean = formatter(_mean / outputValueUnitScalingRatio);
          const std_deviation = formatter(this.getStdDeviation(_mean) / outputValueUnitScalingRatio);
          const max2 = formatter(this.maxValue / outputValueUnitScalingRatio);
          const intFormatter = (0, formatters_1.integerFormatter)(12);
          const totalCount = intFormatter(this.totalCount);
          const bucketCount = intFormatter(this.bucketCount);
          const subBucketCount = intFormatter(this.subBucketCount);
          result += `#[Mean    = ${mean}, StdDeviation   = ${std_deviation}]
#[Max     = ${max2}, Total count    = ${totalCount}]
#[Buckets = ${bucketCount}, SubBuckets     = ${subBucketCount}]
`;
        }
        return result;
      }
      get summary() {
        return (0, Histogram_1.toSummary)(this);
      }
      toJSON() {
        return this.summary;
      }
      inspect() {
        return this.toString();
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.toString();
      }
      /**
       * Provide a (conservatively high) estimate of the Histogram's total footprint in bytes
       *
       * @return a (conservatively high) estimate of the Histogram's total footprint in bytes
       */
      get estimatedFootprintInBytes() {
        return this._getEstimatedFootprintInBytes();
      }
      recordSingleValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples) {
        this.recordSingleValue(value);
        if (expectedIntervalBetweenValueSamples <= 0) {
          return;
        }
        for (let missingValue = value - expectedIntervalBetweenValueSamples; missingValue >= expectedIntervalBetweenValueSamples; missingValue -= expectedIntervalBetweenValueSamples) {
          this.recordSingleValue(missingValue);
        }
      }
      recordCountAtValue(count, value) {
        const countsIndex = this.countsArrayIndex(value);
        if (countsIndex >= this.countsArrayLength) {
          this.handleRecordException(count, value);
        } else {
          this.addToCountAtIndex(countsIndex, count);
        }
        this.updateMinAndMax(value);
        this.addToTotalCount(count);
      }
      /**
       * Record a value in the histogram (adding to the value's current count)
       *
       * @param value The value to be recorded
       * @param count The number of occurrences of this value to record
       * @throws ArrayIndexOutOfBoundsException (may throw) if value is exceeds highestTrackableValue
       */
      recordValueWithCount(value, count) {
        this.recordCountAtValue(count, value);
      }
      /**
       * Record a value in the histogram.
       * <p>
       * To compensate for the loss of sampled values when a recorded value is larger than the expected
       * interval between value samples, Histogram will auto-generate an additional series of decreasingly-smaller
       * (down to the expectedIntervalBetweenValueSamples) value records.
       * <p>
       * Note: This is a at-recording correction method, as opposed to the post-recording correction method provided
       * by {@link #copyCorrectedForCoordinatedOmission(long)}.
       * The two methods are mutually exclusive, and only one of the two should be be used on a given data set to correct
       * for the same coordinated omission issue.
       * <p>
       * See notes in the description of the Histogram calls for an illustration of why this corrective behavior is
       * important.
       *
       * @param value The value to record
       * @param expectedIntervalBetweenValueSamples If expectedIntervalBetweenValueSamples is larger than 0, add
       *                                           auto-generated value records as appropriate if value is larger
       *                                           than expectedIntervalBetweenValueSamples
       * @throws ArrayIndexOutOfBoundsException (may throw) if value is exceeds highestTrackableValue
       */
      recordValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples) {
        this.recordSingleValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples);
      }
      recordValueWithCountAndExpectedInterval(value, count, expectedIntervalBetweenValueSamples) {
        this.recordCountAtValue(count, value);
        if (expectedIntervalBetweenValueSamples <= 0) {
          return;
        }
        for (let missingValue = value - expectedIntervalBetweenValueSamples; missingValue >= expectedIntervalBetweenValueSamples; missingValue -= expectedIntervalBetweenValueSamples) {
          this.recordCountAtValue(count, missingValue);
        }
      }
      /**
       * Add the contents of another histogram to this one, while correcting the incoming data for coordinated omission.
       * <p>
       * To compensate for the loss of sampled values when a recorded value is larger than the expected
       * interval between value samples, the values added will include an auto-generated additional series of
       * decreasingly-smaller (down to the expectedIntervalBetweenValueSamples) value records for each count found
       * in the current histogram that is larger than the expectedIntervalBetweenValueSamples.
       *
       * Note: This is a post-recording correction method, as opposed to the at-recording correction method provided
       * by {@link #recordValueWithExpectedInterval(long, long) recordValueWithExpectedInterval}. The two
       * methods are mutually exclusive, and only one of the two should be be used on a given data set to correct
       * for the same coordinated omission issue.
       * by
       * <p>
       * See notes in the description of the Histogram calls for an illustration of why this corrective behavior is
       * important.
       *
       * @param otherHistogram The other histogram. highestTrackableValue and largestValueWithSingleUnitResolution must match.
       * @param expectedIntervalBetweenValueSamples If expectedIntervalBetweenValueSamples is larger than 0, add
       *                                           auto-generated value records as appropriate if value is larger
       *                                           than expectedIntervalBetweenValueSamples
       * @throws ArrayIndexOutOfBoundsException (may throw) if values exceed highestTrackableValue
       */
      addWhileCorrectingForCoordinatedOmission(otherHistogram, expectedIntervalBetweenValueSamples) {
        const toHistogram = this;
        const otherValues = new RecordedValuesIterator_1.default(otherHistogram);
        while (otherValues.hasNext()) {
          const v = otherValues.next();
          toHistogram.recordValueWithCountAndExpectedInterval(v.valueIteratedTo, v.countAtValueIteratedTo, expectedIntervalBetweenValueSamples);
        }
      }
      /**
       * Add the contents of another histogram to this one.
       * <p>
       * As part of adding the contents, the start/end timestamp range of this histogram will be
       * extended to include the start/end timestamp range of the other histogram.
       *
       * @param otherHistogram The other histogram.
       * @throws (may throw) if values in fromHistogram's are
       * higher than highestTrackableValue.
       */
      add(otherHistogram) {
        if (!(otherHistogram instanceof _JsHistogram)) {
          throw new Error("Cannot add a WASM histogram to a regular JS histogram");
        }
        const highestRecordableValue = this.highestEquivalentValue(this.valueFromIndex(this.countsArrayLength - 1));
        if (highestRecordableValue < otherHistogram.maxValue) {
          if (!this.autoResize) {
            throw new Error("The other histogram includes values that do not fit in this histogram's range.");
          }
          this.resize(otherHistogram.maxValue);
        }
        if (this.bucketCount === otherHistogram.bucketCount && this.subBucketCount === otherHistogram.subBucketCount && this.unitMagnitude === otherHistogram.unitMagnitude) {
          let observedOtherTotalCount = 0;
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.addToCountAtIndex(i, otherCount);
              observedOtherTotalCount += otherCount;
            }
          }
          this.setTotalCount(this.totalCount + observedOtherTotalCount);
          this.updatedMaxValue(max(this.maxValue, otherHistogram.maxValue));
          this.updateMinNonZeroValue(min(this.minNonZeroValue, otherHistogram.minNonZeroValue));
        } else {
          const otherMaxIndex = otherHistogram.countsArrayIndex(otherHistogram.maxValue);
          let otherCount = otherHistogram.getCountAtIndex(otherMaxIndex);
          this.recordCountAtValue(otherCount, otherHistogram.valueFromIndex(otherMaxIndex));
          for (let i = 0; i < otherMaxIndex; i++) {
            otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.recordCountAtValue(otherCount, otherHistogram.valueFromIndex(i));
            }
          }
        }
        this.startTimeStampMsec = min(this.startTimeStampMsec, otherHistogram.startTimeStampMsec);
        this.endTimeStampMsec = max(this.endTimeStampMsec, otherHistogram.endTimeStampMsec);
      }
      /**
       * Get the count of recorded values at a specific value (to within the histogram resolution at the value level).
       *
       * @param value The value for which to provide the recorded count
       * @return The total count of values recorded in the histogram within the value range that is
       * {@literal >=} lowestEquivalentValue(<i>value</i>) and {@literal <=} highestEquivalentValue(<i>value</i>)
       */
      getCountAtValue(value) {
        const index = min(max(0, this.countsArrayIndex(value)), this.countsArrayLength - 1);
        return this.getCountAtIndex(index);
      }
      /**
       * Subtract the contents of another histogram from this one.
       * <p>
       * The start/end timestamps of this histogram will remain unchanged.
       *
       * @param otherHistogram The other histogram.
       * @throws ArrayIndexOutOfBoundsException (may throw) if values in otherHistogram's are higher than highestTrackableValue.
       *
       */
      subtract(otherHistogram) {
        const highestRecordableValue = this.valueFromIndex(this.countsArrayLength - 1);
        if (!(otherHistogram instanceof _JsHistogram)) {
          throw new Error("Cannot subtract a WASM histogram to a regular JS histogram");
        }
        if (highestRecordableValue < otherHistogram.maxValue) {
          if (!this.autoResize) {
            throw new Error("The other histogram includes values that do not fit in this histogram's range.");
          }
          this.resize(otherHistogram.maxValue);
        }
        if (this.bucketCount === otherHistogram.bucketCount && this.subBucketCount === otherHistogram.subBucketCount && this.unitMagnitude === otherHistogram.unitMagnitude) {
          let observedOtherTotalCount = 0;
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.addToCountAtIndex(i, -otherCount);
              observedOtherTotalCount += otherCount;
            }
          }
          this.setTotalCount(this.totalCount - observedOtherTotalCount);
        } else {
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              const otherValue = otherHistogram.valueFromIndex(i);
              if (this.getCountAtValue(otherValue) < otherCount) {
                throw new Error("otherHistogram count (" + otherCount + ") at value " + otherValue + " is larger than this one's (" + this.getCountAtValue(otherValue) + ")");
              }
              this.recordCountAtValue(-otherCount, otherValue);
            }
          }
        }
        if (this.getCountAtValue(this.maxValue) <= 0 || this.getCountAtValue(this.minNonZeroValue) <= 0) {
          this.establishInternalTackingValues();
        }
      }
      establishInternalTackingValues(lengthToCover = this.countsArrayLength) {
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_VALUE;
        let maxIndex = -1;
        let minNonZeroIndex = -1;
        let observedTotalCount = 0;
        for (let index = 0; index < lengthToCover; index++) {
          const countAtIndex = this.getCountAtIndex(index);
          if (countAtIndex > 0) {
            observedTotalCount += countAtIndex;
            maxIndex = index;
            if (minNonZeroIndex == -1 && index != 0) {
              minNonZeroIndex = index;
            }
          }
        }
        if (maxIndex >= 0) {
          this.updatedMaxValue(this.highestEquivalentValue(this.valueFromIndex(maxIndex)));
        }
        if (minNonZeroIndex >= 0) {
          this.updateMinNonZeroValue(this.valueFromIndex(minNonZeroIndex));
        }
        this.setTotalCount(observedTotalCount);
      }
      reset() {
        this.clearCounts();
        this.setTotalCount(0);
        this.startTimeStampMsec = 0;
        this.endTimeStampMsec = 0;
        this.tag = Histogram_1.NO_TAG;
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_SAFE_INTEGER;
      }
      destroy() {
      }
    };
    exports.JsHistogram = JsHistogram;
    exports.default = JsHistogram;
  }
});

// node_modules/hdr-histogram-js/dist/TypedArrayHistogram.js
var require_TypedArrayHistogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/TypedArrayHistogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogram_1 = require_JsHistogram();
    var TypedArrayHistogram = class _TypedArrayHistogram extends JsHistogram_1.default {
      constructor(arrayCtr, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
        this.arrayCtr = arrayCtr;
        this._totalCount = 0;
        this._counts = new arrayCtr(this.countsArrayLength);
      }
      clearCounts() {
        this._counts.fill(0);
      }
      incrementCountAtIndex(index) {
        const currentCount = this._counts[index];
        const newCount = currentCount + 1;
        if (newCount < 0) {
          throw newCount + " would overflow short integer count";
        }
        this._counts[index] = newCount;
      }
      addToCountAtIndex(index, value) {
        const currentCount = this._counts[index];
        const newCount = currentCount + value;
        if (newCount < Number.MIN_SAFE_INTEGER || newCount > Number.MAX_SAFE_INTEGER) {
          throw newCount + " would overflow integer count";
        }
        this._counts[index] = newCount;
      }
      setCountAtIndex(index, value) {
        if (value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER) {
          throw value + " would overflow integer count";
        }
        this._counts[index] = value;
      }
      resize(newHighestTrackableValue) {
        this.establishSize(newHighestTrackableValue);
        const newCounts = new this.arrayCtr(this.countsArrayLength);
        newCounts.set(this._counts);
        this._counts = newCounts;
      }
      getCountAtIndex(index) {
        return this._counts[index];
      }
      _getEstimatedFootprintInBytes() {
        return 1024 + this._counts.BYTES_PER_ELEMENT * this._counts.length;
      }
      copyCorrectedForCoordinatedOmission(expectedIntervalBetweenValueSamples) {
        const copy = new _TypedArrayHistogram(this.arrayCtr, this.lowestDiscernibleValue, this.highestTrackableValue, this.numberOfSignificantValueDigits);
        copy.addWhileCorrectingForCoordinatedOmission(this, expectedIntervalBetweenValueSamples);
        return copy;
      }
      toString() {
        return `Histogram ${this._counts.BYTES_PER_ELEMENT * 8}b ${JSON.stringify(this, null, 2)}`;
      }
    };
    exports.default = TypedArrayHistogram;
  }
});

// node_modules/hdr-histogram-js/dist/Int32Histogram.js
var require_Int32Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Int32Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TypedArrayHistogram_1 = require_TypedArrayHistogram();
    var Int32Histogram2 = class extends TypedArrayHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(Uint32Array, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
    };
    exports.default = Int32Histogram2;
  }
});

// src/compat/locate.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var HARNESS_FILE = "harness.py";
function harnessDir(moduleUrl = import.meta.url) {
  const dir = join(dirname(fileURLToPath(moduleUrl)), "harness");
  if (!existsSync(join(dir, HARNESS_FILE))) {
    throw new InfraError(
      `the compatibility harness is missing: no ${join(dir, HARNESS_FILE)}`,
      "reinstall modelgate, or run `npm run build`, which copies it next to the bundle"
    );
  }
  return dir;
}

// src/compat/plan.ts
function selectTargets(targets, name) {
  return name === void 0 ? [...targets] : targets.filter((t) => t.name === name);
}
function unknownTarget(name, known) {
  const guess = closest(name, known);
  return new UsageError(
    `no compatibility target named ${JSON.stringify(name)}${guess ? `; did you mean ${guess}?` : ""}`,
    known.length ? `the manifest's targets: ${known.join(", ")}` : "the manifest has no compatibility.targets"
  );
}

// src/compat/run.ts
import { chmod as chmod2, mkdir, mkdtemp as mkdtemp2, open, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { basename, join as join3 } from "node:path";

// src/compat/pool.ts
async function mapBounded(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const settled = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)
  );
  const rejected = settled.find((s) => s.status === "rejected");
  if (rejected) throw rejected.reason;
  return results;
}

// src/compat/serve.ts
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/serving/batch.ts
var MAX_BATCH_VALUES = 4 * 1024 * 1024;
var BatchError = class extends Error {
  constructor(message, line) {
    super(message);
    this.line = line;
  }
  line;
};
var list = (xs) => `[${xs.join(", ")}]`;
function batchOf(samples, rows) {
  const first = samples[0];
  if (first === void 0) throw new BatchError("there is no golden sample to make a batch of");
  const columns = first.inputs.map((t) => {
    const row = t.shape.slice(1);
    return {
      name: t.name,
      datatype: t.datatype,
      row,
      size: row.reduce((a, b) => a * b, 1),
      data: []
    };
  });
  let total = 0;
  for (const s of samples) {
    let n;
    for (const c of columns) {
      const t = s.inputs.find((x) => x.name === c.name);
      if (t === void 0)
        throw new BatchError(`the sample has no input \`${c.name}\` to stack`, s.line);
      if (t.shape.length === 0)
        throw new BatchError(
          `input \`${c.name}\` is a scalar: it has no batch dimension to stack rows along`,
          s.line
        );
      const row = t.shape.slice(1);
      if (list(row) !== list(c.row))
        throw new BatchError(
          `input \`${c.name}\` has rows of shape ${list(row)}; line ${first.line}'s are ${list(c.row)}, and rows of different shapes cannot be stacked into one batch`,
          s.line
        );
      if (n !== void 0 && t.shape[0] !== n)
        throw new BatchError(
          `the sample's inputs have different numbers of rows (${n} and ${t.shape[0]} in \`${c.name}\`)`,
          s.line
        );
      n = t.shape[0];
      for (const v of t.data) c.data.push(v);
    }
    total += n ?? 0;
  }
  if (total === 0) throw new BatchError("the golden samples hold no rows to make a batch of");
  const values = rows * columns.reduce((a, c) => a + c.size, 0);
  if (values > MAX_BATCH_VALUES)
    throw new BatchError(
      `a batch of ${rows} rows (load.batch_size) holds ${values} values, over the ${MAX_BATCH_VALUES} one request may hold; lower load.batch_size`
    );
  return columns.map((c) => {
    const data = new Array(rows * c.size);
    for (let i = 0; i < rows; i++) {
      const from = i % total * c.size;
      for (let j = 0; j < c.size; j++) data[i * c.size + j] = c.data[from + j];
    }
    return { name: c.name, datatype: c.datatype, shape: [rows, ...c.row], data };
  });
}

// src/serving/http.ts
var ServingError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
};
var REQUEST_TIMEOUT_MS = 3e4;
var READY_TIMEOUT_MS = 5e3;
function reason(text) {
  try {
    const body = JSON.parse(text);
    if (typeof body.error === "string") return body.error;
  } catch {
  }
  return text.trim().slice(0, 200) || "(empty body)";
}
async function exchange(url, body, timeoutMs = REQUEST_TIMEOUT_MS) {
  let r;
  try {
    r = await fetch(url, {
      method: body === void 0 ? "GET" : "POST",
      headers: body === void 0 ? {} : { "content-type": "application/json" },
      body: body === void 0 ? void 0 : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (e) {
    const cause = e.cause;
    throw new ServingError(
      `${new URL(url).pathname}: no answer (${cause?.code ?? cause?.message ?? e.message})`
    );
  }
  return { status: r.status, text: await r.text() };
}
async function json(url, body) {
  const { status, text } = await exchange(url, body);
  const path = new URL(url).pathname;
  if (status < 200 || status > 299)
    throw new ServingError(`${path}: HTTP ${status}: ${reason(text)}`, status);
  try {
    return JSON.parse(text);
  } catch {
    throw new ServingError(
      `${path}: HTTP ${status} with a body that is not JSON: ${text.slice(0, 200)}`,
      status
    );
  }
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

// src/serving/kserve.ts
var tensorMeta = (v, where) => {
  if (!isObject(v) || typeof v.name !== "string" || typeof v.datatype !== "string" || !Array.isArray(v.shape))
    throw new ServingError(
      `${where}: a tensor's metadata lacks name, datatype or shape: ${JSON.stringify(v)}`
    );
  return { name: v.name, datatype: v.datatype, shape: v.shape.map(Number) };
};
var KServeClient = class _KServeClient {
  constructor(baseUrl, model, version) {
    this.baseUrl = baseUrl;
    this.model = model;
    this.version = version;
    this.modelUrl = `${baseUrl}/v2/models/${encodeURIComponent(model)}/versions/${version}`;
  }
  baseUrl;
  model;
  version;
  /** `<base>/v2/models/<m>/versions/<v>` */
  modelUrl;
  /** Whether the server and this version of the model say they are ready (both 200). */
  async ready() {
    const server = await exchange(`${this.baseUrl}/v2/health/ready`, void 0, READY_TIMEOUT_MS);
    if (server.status !== 200)
      return { ready: false, why: `GET /v2/health/ready: HTTP ${server.status}` };
    const model = await exchange(`${this.modelUrl}/ready`, void 0, READY_TIMEOUT_MS);
    if (model.status !== 200)
      return {
        ready: false,
        why: `GET ${new URL(this.modelUrl).pathname}/ready: HTTP ${model.status}`
      };
    return { ready: true, why: "" };
  }
  async metadata() {
    const body = await json(this.modelUrl);
    const where = `GET ${new URL(this.modelUrl).pathname}`;
    if (!isObject(body)) throw new ServingError(`${where}: the metadata is not a JSON object`);
    return {
      name: String(body.name ?? ""),
      versions: Array.isArray(body.versions) ? body.versions.map(String) : void 0,
      platform: String(body.platform ?? ""),
      inputs: (Array.isArray(body.inputs) ? body.inputs : []).map((t) => tensorMeta(t, where)),
      outputs: (Array.isArray(body.outputs) ? body.outputs : []).map((t) => tensorMeta(t, where))
    };
  }
  get inferUrl() {
    return `${this.modelUrl}/infer`;
  }
  /** The request body of an inference with these inputs. */
  static request(inputs) {
    return {
      inputs: inputs.map((t) => ({
        name: t.name,
        shape: t.shape,
        datatype: t.datatype,
        data: t.data
      }))
    };
  }
  /**
   * Whether an answer to the load test's request is a valid inference response; to a batch,
   * one whose batched outputs each have the batch's rows (the leading dimension of `shape`).
   */
  static validResponse(body, batch) {
    try {
      const r = JSON.parse(body.toString("utf8"));
      if (!isObject(r) || !Array.isArray(r.outputs)) return false;
      const outputs = r.outputs;
      return (batch?.outputs ?? []).every(
        (name) => outputs.some(
          (o) => isObject(o) && o.name === name && Array.isArray(o.shape) && Number(o.shape[0]) === batch.rows
        )
      );
    } catch {
      return false;
    }
  }
  async infer(inputs) {
    const body = await json(this.inferUrl, _KServeClient.request(inputs));
    const where = `POST ${new URL(this.inferUrl).pathname}`;
    if (!isObject(body) || !Array.isArray(body.outputs))
      throw new ServingError(`${where}: the response has no \`outputs\` array`);
    return body.outputs.map((o) => {
      if (!isObject(o) || typeof o.name !== "string" || !Array.isArray(o.shape) || !Array.isArray(o.data))
        throw new ServingError(
          `${where}: an output lacks name, shape or data: ${JSON.stringify(o).slice(0, 200)}`
        );
      return {
        name: o.name,
        datatype: String(o.datatype ?? ""),
        shape: o.shape.map(Number),
        data: o.data.flat(Infinity)
      };
    });
  }
};

// src/serving/load.ts
var import_Int32Histogram = __toESM(require_Int32Histogram(), 1);
import { connect as netConnect } from "node:net";
import { connect as tlsConnect } from "node:tls";
var MAX_OUTSTANDING = 1e4;
var PROGRESS_EVERY_MS = 1e3;
var HIGHEST_US = 36e8;
var Int32Histogram = typeof import_Int32Histogram.default === "function" ? import_Int32Histogram.default : import_Int32Histogram.default.default;
var defaultSleep = (ms2) => new Promise((resolve) => {
  if (ms2 <= 0) setImmediate(resolve);
  else setTimeout(resolve, ms2);
});
async function runLoad(send, spec, opts = {}) {
  const now = opts.now ?? (() => performance.now());
  const sleep = opts.sleep ?? defaultSleep;
  const signal = opts.signal;
  signal?.throwIfAborted();
  const open2 = spec.rate_rps !== void 0;
  const rate = spec.rate_rps ?? 0;
  const concurrency = Math.max(1, Math.floor(spec.concurrency ?? 1));
  if (open2 && !(rate > 0)) throw new RangeError(`rate_rps must be positive, not ${rate}`);
  if (!(spec.duration_s > 0))
    throw new RangeError(`duration_s must be positive, not ${spec.duration_s}`);
  const histogram = new Int32Histogram(1, HIGHEST_US, 3);
  histogram.autoResize = true;
  const t0 = now();
  const measureFrom = t0 + Math.max(0, spec.warmup_s) * 1e3;
  const end = measureFrom + spec.duration_s * 1e3;
  let requests = 0;
  let errors = 0;
  let lastAnswer = measureFrom;
  let failure;
  const stopped = () => failure !== void 0 || signal?.aborted === true;
  const record = (from, ok2) => {
    if (from < measureFrom) return;
    const at = now();
    requests++;
    if (at > lastAnswer) lastAnswer = at;
    if (!ok2) errors++;
    else histogram.recordValue(Math.max(1, Math.round((at - from) * 1e3)));
  };
  let nextProgress = t0 + PROGRESS_EVERY_MS;
  const progress = (at) => {
    if (!opts.onProgress || at < nextProgress) return;
    nextProgress = at + PROGRESS_EVERY_MS;
    if (at < measureFrom) {
      opts.onProgress(`load: warming up, ${((measureFrom - at) / 1e3).toFixed(0)} s to go`);
      return;
    }
    const p95 = histogram.totalCount ? ` p95 ${(histogram.getValueAtPercentile(95) / 1e3).toFixed(1)} ms,` : "";
    opts.onProgress(
      `load: ${((Math.min(at, end) - measureFrom) / 1e3).toFixed(0)}/${spec.duration_s} s,${p95} ${requests} requests, ${errors} errors`
    );
  };
  const fail = (error) => {
    failure ??= { error };
  };
  if (!open2) {
    const worker = async () => {
      while (!stopped()) {
        const from = now();
        if (from >= end) return;
        progress(from);
        let ok2;
        try {
          ok2 = await send();
        } catch (error) {
          fail(error);
          return;
        }
        record(from, ok2);
      }
    };
    await abortable(Promise.all(Array.from({ length: concurrency }, worker)), signal);
  } else {
    const interval = 1e3 / rate;
    const maxOutstanding = Math.min(MAX_OUTSTANDING, Math.max(16, Math.ceil(4 * rate)));
    let outstanding = 0;
    let drained;
    const settle = (intended, ok2) => {
      outstanding--;
      record(intended, ok2);
      if (outstanding === 0) drained?.();
    };
    const bug = (error) => {
      outstanding--;
      fail(error);
      if (outstanding === 0) drained?.();
    };
    let i = 0;
    while (!stopped()) {
      const at = now();
      progress(at);
      for (let due = t0 + i * interval; due <= at && due < end; due = t0 + ++i * interval) {
        if (outstanding >= maxOutstanding) {
          record(due, false);
          continue;
        }
        outstanding++;
        let p;
        try {
          p = send();
        } catch (error) {
          bug(error);
          break;
        }
        const intended = due;
        p.then(
          (ok2) => settle(intended, ok2),
          (error) => bug(error)
        );
        if (stopped()) break;
      }
      const next = t0 + i * interval;
      if (next >= end) break;
      await abortable(sleep(next - now()), signal);
    }
    if (outstanding > 0 && !stopped())
      await abortable(new Promise((resolve) => drained = resolve), signal);
  }
  if (failure) throw failure.error;
  signal?.throwIfAborted();
  const duration_s = (Math.max(end, lastAnswer) - measureFrom) / 1e3;
  const ok = requests - errors;
  const ms2 = (us) => Math.round(us) / 1e3;
  const has = histogram.totalCount > 0;
  return {
    mode: open2 ? "open" : "closed",
    ...open2 ? { rate_rps: rate } : { concurrency },
    requests,
    errors,
    p50_ms: has ? ms2(histogram.getValueAtPercentile(50)) : 0,
    p95_ms: has ? ms2(histogram.getValueAtPercentile(95)) : 0,
    p99_ms: has ? ms2(histogram.getValueAtPercentile(99)) : 0,
    max_ms: has ? ms2(histogram.maxValue) : 0,
    throughput_rps: Math.round(ok / duration_s * 10) / 10,
    ...spec.batch_size === void 0 ? {} : {
      batch_size: spec.batch_size,
      rows: ok * spec.batch_size,
      rows_per_s: Math.round(ok * spec.batch_size / duration_s * 10) / 10
    },
    duration_s: Math.round(duration_s * 1e3) / 1e3,
    histogram: has ? buckets(histogram) : []
  };
}
function abortable(p, signal) {
  if (!signal) return p;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
var BUCKETS = 16;
function buckets(h) {
  const lo = Math.max(1, h.minNonZeroValue);
  const hi = Math.max(lo, h.maxValue);
  const edges = [];
  const ratio = hi / lo;
  const n = ratio <= 1 ? 1 : Math.min(BUCKETS, Math.max(8, Math.ceil(Math.log10(ratio) * 6)));
  for (let k = 1; k <= n; k++) {
    const us = k === n ? hi : round2(lo * ratio ** (k / n));
    if (edges.length === 0 || us > edges[edges.length - 1]) edges.push(us);
  }
  const counts = new Array(edges.length).fill(0);
  let b = 0;
  for (let i = 0; i < h.countsArrayLength; i++) {
    const c = h.getCountAtIndex(i);
    if (c === 0) continue;
    const v = h.valueFromIndex(i);
    while (b < edges.length - 1 && v > edges[b]) b++;
    counts[b] += c;
  }
  return edges.map((us, k) => ({ le_ms: us / 1e3, count: counts[k] }));
}
function round2(us) {
  if (us < 10) return Math.round(us);
  const p = 10 ** (Math.floor(Math.log10(us)) - 1);
  return Math.round(us / p) * p;
}
function ms(v) {
  if (v >= 1e3) return `${(v / 1e3).toFixed(2)} s`;
  return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ms`;
}
function num(v) {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(3)));
}
function percent(share) {
  return `${num(share * 100)} %`;
}
function judgeLoad(result, slo, where) {
  const seconds = `for ${num(result.duration_s)} s`;
  const batches = result.batch_size === void 0 ? "" : ` in batches of ${result.batch_size} rows`;
  const under = result.mode === "open" ? `at ${result.rate_rps === void 0 ? "a fixed rate" : `${num(result.rate_rps)} requests/s`}${batches} ${seconds}` : `under ${result.concurrency === void 0 ? "closed-loop load" : `${result.concurrency} concurrent connection${result.concurrency === 1 ? "" : "s"}`}${batches} ${seconds}`;
  const findings = [];
  const add = (rule, message) => findings.push({
    severity: "error",
    rule,
    message: `${where.target}: ${message} ${under}`,
    ...where.location ? { location: where.location } : {}
  });
  const ok = result.requests - result.errors;
  if (ok <= 0) {
    add(
      "load-no-success",
      result.requests === 0 ? "no request was sent and answered inside the measured window" : `none of ${result.requests} requests of the load test succeeded`
    );
    return findings;
  }
  if (slo.p95_latency_ms !== void 0 && result.p95_ms > slo.p95_latency_ms)
    add(
      "load-p95",
      `p95 latency ${ms(result.p95_ms)} over serving.slo.p95_latency_ms ${num(slo.p95_latency_ms)}`
    );
  if (slo.p50_latency_ms !== void 0 && result.p50_ms > slo.p50_latency_ms)
    add(
      "load-p50",
      `p50 latency ${ms(result.p50_ms)} over serving.slo.p50_latency_ms ${num(slo.p50_latency_ms)}`
    );
  if (slo.min_throughput_rps !== void 0 && result.throughput_rps < slo.min_throughput_rps)
    add(
      "load-throughput",
      `throughput ${num(result.throughput_rps)} requests/s under serving.slo.min_throughput_rps ${num(slo.min_throughput_rps)}`
    );
  if (slo.min_rows_per_s !== void 0 && result.rows_per_s !== void 0 && result.rows_per_s < slo.min_rows_per_s)
    add(
      "load-rows-throughput",
      `${num(result.rows_per_s)} rows/s under serving.slo.min_rows_per_s ${num(slo.min_rows_per_s)}`
    );
  const maxErrorRate = slo.max_error_rate ?? 0;
  const errorRate = result.errors / result.requests;
  if (errorRate > maxErrorRate)
    add(
      "load-error-rate",
      `${result.errors} of ${result.requests} requests failed (${percent(errorRate)}), over ${slo.max_error_rate === void 0 ? "none allowed (serving.slo.max_error_rate unset)" : `serving.slo.max_error_rate ${num(maxErrorRate)}`}`
    );
  return findings;
}
var MAX_HEAD = 64 * 1024;
var MAX_ANSWER_BYTES = 64 * 1024 * 1024;
var READ_BUFFER = 64 * 1024;
var CRLF = Buffer.from("\r\n");
var HEAD_END = Buffer.from("\r\n\r\n");
function httpSender(url, body, opts = {}) {
  const target = new URL(url);
  const https = target.protocol === "https:";
  if (!https && target.protocol !== "http:")
    throw new TypeError(`the load test speaks http and https, not ${target.protocol} (${url})`);
  const host = target.hostname.replace(/^\[|\]$/g, "");
  const port = Number(target.port || (https ? 443 : 80));
  const maxConnections = Math.max(1, Math.floor(opts.connections ?? 8));
  const timeoutMs = opts.timeoutMs ?? 3e4;
  const check = opts.check;
  const payload = typeof body === "string" ? Buffer.from(body) : body;
  const headers = /* @__PURE__ */ new Map();
  const set = (name, value) => {
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name) || /[\r\n\0]/.test(value))
      throw new TypeError(
        `not a valid HTTP header: ${JSON.stringify(name)}: ${JSON.stringify(value)}`
      );
    headers.set(name.toLowerCase(), [name, value]);
  };
  set("Host", target.host);
  set("Content-Type", "application/json");
  for (const [name, value] of Object.entries(opts.headers ?? {})) set(name, value);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  headers.delete("connection");
  set("Content-Length", String(payload.length));
  const head = `POST ${target.pathname}${target.search} HTTP/1.1\r
${[...headers.values()].map(([n, v]) => `${n}: ${v}\r
`).join("")}\r
`;
  const requestBytes = Buffer.concat([Buffer.from(head, "latin1"), payload]);
  const all = /* @__PURE__ */ new Set();
  const idle = [];
  const waiting = [];
  let waitingFrom = 0;
  let closed = false;
  let sweeper;
  const finish = (job, ok) => job.resolve(ok);
  const dispatch = () => {
    while (waitingFrom < waiting.length) {
      const conn = idle.pop() ?? (all.size < maxConnections ? new Connection() : void 0);
      if (!conn) return;
      conn.start(waiting[waitingFrom++]);
    }
    waiting.length = 0;
    waitingFrom = 0;
  };
  class Connection {
    socket;
    job;
    /** Answers read whole on this connection. */
    served = 0;
    /** Bytes of the current answer read so far. */
    got = 0;
    phase = 0 /* Head */;
    rest;
    status = 0;
    remaining = 0;
    keepAlive = true;
    chunks = [];
    /** Bytes of the answer kept for the check so far. */
    kept = 0;
    dead = false;
    errored = false;
    /** Whether the buffer being read is the connection's own, overwritten by the next read. */
    reused = false;
    constructor() {
      const readBuffer = Buffer.allocUnsafe(READ_BUFFER);
      this.socket = https ? tlsConnect({ host, port, servername: /^[\d.]+$|:/.test(host) ? void 0 : host }) : (
        // Plain TCP reads into one buffer of the connection's, with no stream in between: what
        // the parser keeps of it (a split head, a body for the check) it copies.
        netConnect({
          host,
          port,
          onread: {
            buffer: readBuffer,
            callback: (n) => {
              this.read(readBuffer.subarray(0, n), true);
              return true;
            }
          }
        })
      );
      this.socket.setNoDelay(true);
      if (https) this.socket.on("data", (d) => this.read(d, false));
      this.socket.on("error", () => {
        this.errored = true;
        this.die();
      });
      this.socket.on("close", () => this.die());
      all.add(this);
    }
    start(job) {
      this.job = job;
      this.got = 0;
      this.socket.write(requestBytes);
    }
    /** The socket is gone: the answer read until the close is whole, any other is not. */
    die() {
      if (this.dead) return;
      this.dead = true;
      all.delete(this);
      const at = idle.indexOf(this);
      if (at >= 0) idle.splice(at, 1);
      const job = this.job;
      this.job = void 0;
      if (job && this.phase === 6 /* UntilClose */ && !this.errored) this.complete(job);
      else if (job && this.got === 0 && this.served > 0 && !job.retried && !closed) {
        job.retried = true;
        waiting.splice(waitingFrom, 0, job);
      } else if (job) finish(job, false);
      this.socket.destroy();
      if (!closed) dispatch();
    }
    /** Fails the request in progress (its deadline passed) and drops the connection. */
    abandon() {
      const job = this.job;
      this.job = void 0;
      if (job) finish(job, false);
      this.die();
    }
    complete(job) {
      let ok;
      if (!check) ok = this.status >= 200 && this.status < 300;
      else if (this.kept > MAX_ANSWER_BYTES) ok = false;
      else {
        try {
          const c = this.chunks;
          ok = check(this.status, c.length === 1 ? c[0] : Buffer.concat(c));
        } catch {
          ok = false;
        }
      }
      this.chunks = [];
      this.kept = 0;
      this.phase = 0 /* Head */;
      this.served++;
      finish(job, ok);
    }
    /** One answer is read whole: the connection takes the next request, or goes. */
    next() {
      const job = this.job;
      this.job = void 0;
      const keep = this.keepAlive;
      this.complete(job);
      if (!keep) return this.die();
      if (closed) return;
      if (waitingFrom < waiting.length) this.start(waiting[waitingFrom++]);
      else idle.push(this);
    }
    body(buf, at, n) {
      if (!check) return;
      this.kept += n;
      if (this.kept > MAX_ANSWER_BYTES) this.chunks = [];
      else this.chunks.push(this.keep(buf.subarray(at, at + n)));
    }
    /** What the parser keeps past this read: a copy when the read buffer is reused. */
    keep(b) {
      return this.reused ? Buffer.from(b) : b;
    }
    read(d, reused) {
      this.reused = reused;
      if (this.dead) return;
      this.got += d.length;
      let buf = d;
      if (this.rest) {
        buf = Buffer.concat([this.rest, d]);
        this.reused = false;
        this.rest = void 0;
      }
      let at = 0;
      while (at < buf.length) {
        if (!this.job) return this.die();
        switch (this.phase) {
          case 0 /* Head */: {
            const end = buf.indexOf(HEAD_END, at);
            if (end < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const ok = this.head(buf.toString("latin1", at, end));
            at = end + 4;
            if (!ok) return this.abandon();
            if (this.phase === 0 /* Head */ && this.status >= 200) {
              this.next();
              if (at < buf.length) return this.die();
            }
            break;
          }
          case 1 /* Length */:
          case 3 /* ChunkData */: {
            const n = Math.min(this.remaining, buf.length - at);
            this.body(buf, at, n);
            this.remaining -= n;
            at += n;
            if (this.remaining > 0) break;
            if (this.phase === 3 /* ChunkData */) {
              this.phase = 4 /* ChunkEnd */;
              break;
            }
            this.next();
            if (at < buf.length) return this.die();
            break;
          }
          case 2 /* ChunkSize */: {
            const eol = buf.indexOf(CRLF, at);
            if (eol < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const size = /^([0-9A-Fa-f]{1,12})[ \t]*(;.*)?$/.exec(buf.toString("latin1", at, eol));
            at = eol + 2;
            if (!size) return this.abandon();
            this.remaining = parseInt(size[1], 16);
            this.phase = this.remaining === 0 ? 5 /* Trailer */ : 3 /* ChunkData */;
            break;
          }
          case 4 /* ChunkEnd */: {
            if (buf.length - at < 2) {
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            if (buf[at] !== 13 || buf[at + 1] !== 10) return this.abandon();
            at += 2;
            this.phase = 2 /* ChunkSize */;
            break;
          }
          case 5 /* Trailer */: {
            const eol = buf.indexOf(CRLF, at);
            if (eol < 0) {
              if (buf.length - at > MAX_HEAD) return this.abandon();
              this.rest = this.keep(buf.subarray(at));
              return;
            }
            const empty = eol === at;
            at = eol + 2;
            if (!empty) break;
            this.next();
            if (at < buf.length) return this.die();
            break;
          }
          case 6 /* UntilClose */:
            this.body(buf, at, buf.length - at);
            at = buf.length;
            break;
        }
      }
    }
    /** Reads a response head; false if it is not one. Sets the phase its body is read in. */
    head(text) {
      const eol0 = text.indexOf("\r\n");
      const first = eol0 < 0 ? text : text.slice(0, eol0);
      if (!first.startsWith("HTTP/1.") || first[8] !== " " || first.length > 12 && first[12] !== " ")
        return false;
      const minor = first[7];
      const code = first.slice(9, 12);
      if (minor !== "0" && minor !== "1" || !/^[1-5]\d\d$/.test(code)) return false;
      this.status = Number(code);
      if (this.status < 200) {
        if (this.status === 101) return false;
        this.phase = 0 /* Head */;
        return true;
      }
      let length;
      let chunked = false;
      let connection = "";
      for (let at = eol0; at >= 0; ) {
        const start = at + 2;
        const eol = text.indexOf("\r\n", start);
        const end = eol < 0 ? text.length : eol;
        at = eol;
        const colon = text.indexOf(":", start);
        if (colon <= start || colon > end || text.charCodeAt(colon - 1) <= 32) return false;
        const n = colon - start;
        if (n !== 10 && n !== 14 && n !== 17) continue;
        const name = text.slice(start, colon).toLowerCase();
        const value = text.slice(colon + 1, end).trim();
        if (name === "content-length") {
          if (!/^\d+$/.test(value) || length !== void 0 && length !== Number(value))
            return false;
          length = Number(value);
        } else if (name === "transfer-encoding") chunked = /(^|,)\s*chunked\s*$/i.test(value);
        else if (name === "connection") connection += `,${value.toLowerCase()}`;
      }
      const close2 = /(^|,)\s*close\s*(,|$)/.test(connection);
      this.keepAlive = minor === "1" ? !close2 : /(^|,)\s*keep-alive\s*(,|$)/.test(connection) && !close2;
      if (this.status === 204 || this.status === 304) this.phase = 0 /* Head */;
      else if (chunked) this.phase = 2 /* ChunkSize */;
      else if (length !== void 0) {
        this.remaining = length;
        this.phase = length === 0 ? 0 /* Head */ : 1 /* Length */;
      } else {
        this.phase = 6 /* UntilClose */;
        this.keepAlive = false;
      }
      return true;
    }
  }
  const sweepEvery = Math.min(1e3, Math.max(10, timeoutMs / 10));
  const sweep = () => {
    const t = performance.now();
    for (const conn of [...all]) if (conn.job && conn.job.deadline <= t) conn.abandon();
    while (waitingFrom < waiting.length && waiting[waitingFrom].deadline <= t)
      finish(waiting[waitingFrom++], false);
    if (waitingFrom === waiting.length) {
      waiting.length = 0;
      waitingFrom = 0;
    }
  };
  const send = () => new Promise((resolve) => {
    if (closed) return resolve(false);
    if (!sweeper) {
      sweeper = setInterval(sweep, sweepEvery);
      sweeper.unref();
    }
    const job = { resolve, deadline: performance.now() + timeoutMs, retried: false };
    const conn = waitingFrom < waiting.length ? void 0 : idle.pop() ?? (all.size < maxConnections ? new Connection() : void 0);
    if (conn) conn.start(job);
    else waiting.push(job);
  });
  return {
    send,
    close: async () => {
      closed = true;
      clearInterval(sweeper);
      for (const job of waiting.splice(waitingFrom)) finish(job, false);
      waiting.length = 0;
      waitingFrom = 0;
      for (const conn of [...all]) conn.abandon();
    }
  };
}

// src/serving/metadata.ts
var V2_DTYPE = {
  BOOL: "bool",
  UINT8: "uint8",
  UINT16: "uint16",
  UINT32: "uint32",
  UINT64: "uint64",
  INT8: "int8",
  INT16: "int16",
  INT32: "int32",
  INT64: "int64",
  FP16: "float16",
  BF16: "bfloat16",
  FP32: "float32",
  FP64: "float64",
  BYTES: "string"
};
var TF_DTYPE = {
  DT_BOOL: "bool",
  DT_UINT8: "uint8",
  DT_UINT16: "uint16",
  DT_UINT32: "uint32",
  DT_UINT64: "uint64",
  DT_INT8: "int8",
  DT_INT16: "int16",
  DT_INT32: "int32",
  DT_INT64: "int64",
  DT_HALF: "float16",
  DT_BFLOAT16: "bfloat16",
  DT_FLOAT: "float32",
  DT_DOUBLE: "float64",
  DT_STRING: "string"
};
function fromKServe(m) {
  const t = (x) => ({
    name: x.name,
    dtype: V2_DTYPE[x.datatype] ?? x.datatype,
    shape: x.shape
  });
  return { inputs: m.inputs.map(t), outputs: m.outputs.map(t) };
}
function fromTfServing(s) {
  const t = (x) => ({
    name: x.name,
    dtype: TF_DTYPE[x.dtype] ?? x.dtype,
    shape: x.shape
  });
  return { inputs: s.inputs.map(t), outputs: s.outputs.map(t) };
}
var dims = (s) => `[${s.join(", ")}]`;
var compatible = (a, b) => a === b || a < 0 || b < 0;
function diffSignature(served, signature) {
  const out = [];
  for (const side of ["input", "output"]) {
    const want = side === "input" ? signature.inputs : signature.outputs;
    const got = side === "input" ? served.inputs : served.outputs;
    const byName = new Map(got.map((t) => [t.name, t]));
    for (const w of want) {
      const g = byName.get(w.name);
      if (!g) {
        out.push({
          kind: "missing",
          side,
          tensor: w.name,
          message: `the server has no ${side} \`${w.name}\` (it serves ${got.map((t) => `\`${t.name}\``).join(", ") || "none"})`
        });
        continue;
      }
      if (g.dtype !== w.dtype)
        out.push({
          kind: "dtype",
          side,
          tensor: w.name,
          message: `${side} \`${w.name}\` is served as ${g.dtype}; the signature says ${w.dtype}`
        });
      if (g.shape !== void 0 && (g.shape.length !== w.shape.length || g.shape.some((d, i) => !compatible(d, w.shape[i]))))
        out.push({
          kind: "shape",
          side,
          tensor: w.name,
          message: `${side} \`${w.name}\` is served with shape ${dims(g.shape)}; the signature says ${dims(w.shape)}`
        });
    }
    const known = new Set(want.map((w) => w.name));
    for (const g of got)
      if (!known.has(g.name))
        out.push({
          kind: "unexpected",
          side,
          tensor: g.name,
          message: `the server has ${side === "input" ? "an input" : "an output"} \`${g.name}\` the signature does not declare`
        });
  }
  return out;
}

// src/serving/tfserving.ts
var DEFAULT_SIGNATURE = "serving_default";
function unnest(value) {
  const shape = [];
  let v = value;
  while (Array.isArray(v)) {
    shape.push(v.length);
    v = v[0];
  }
  return { shape, data: Array.isArray(value) ? value.flat(Infinity) : [value] };
}
function nest(data, shape) {
  if (shape.length === 0) return data[0];
  const [n, ...rest] = shape;
  const size = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => nest(data.slice(i * size, (i + 1) * size), rest));
}
function tensorInfo(name, v) {
  const t = isObject(v) ? v : {};
  const shape = isObject(t.tensor_shape) ? t.tensor_shape : {};
  const dims2 = Array.isArray(shape.dim) ? shape.dim : void 0;
  return {
    name,
    dtype: String(t.dtype ?? ""),
    shape: shape.unknown_rank === true || dims2 === void 0 ? dims2 === void 0 && shape.unknown_rank !== true ? [] : void 0 : dims2.map((d) => Number(isObject(d) ? d.size : NaN))
  };
}
var TfServingClient = class _TfServingClient {
  constructor(baseUrl, model, version) {
    this.baseUrl = baseUrl;
    this.model = model;
    this.version = version;
    this.modelUrl = `${baseUrl}/v1/models/${encodeURIComponent(model)}/versions/${version}`;
  }
  baseUrl;
  model;
  version;
  /** `<base>/v1/models/<m>/versions/<v>` */
  modelUrl;
  /** Whether the version's state is AVAILABLE; `why` gives the state (or error) otherwise. */
  async ready() {
    const r = await exchange(this.modelUrl, void 0, READY_TIMEOUT_MS);
    const path = new URL(this.modelUrl).pathname;
    if (r.status !== 200) return { ready: false, why: `GET ${path}: HTTP ${r.status}` };
    let body;
    try {
      body = JSON.parse(r.text);
    } catch {
      return { ready: false, why: `GET ${path}: not JSON` };
    }
    const list2 = isObject(body) && Array.isArray(body.model_version_status) ? body.model_version_status : [];
    const mine = list2.find((s) => isObject(s) && String(s.version) === String(this.version));
    if (!isObject(mine))
      return { ready: false, why: `GET ${path}: version ${this.version} not listed` };
    const state = String(mine.state);
    const status = isObject(mine.status) ? mine.status : {};
    const error = status.error_code && status.error_code !== "OK" ? ` (${String(status.error_code)}: ${String(status.error_message ?? "")})` : "";
    return { ready: state === "AVAILABLE", why: `version ${this.version} is ${state}${error}` };
  }
  /** The served signature `serving_default` (or the only one), from the metadata endpoint. */
  async metadata() {
    const url = `${this.modelUrl}/metadata`;
    const raw = await json(url);
    const where = `GET ${new URL(url).pathname}`;
    const meta = isObject(raw) && isObject(raw.metadata) ? raw.metadata : {};
    const outer = isObject(meta.signature_def) ? meta.signature_def : {};
    const defs = isObject(outer.signature_def) ? outer.signature_def : {};
    const names = Object.keys(defs);
    const signatureName = names.includes(DEFAULT_SIGNATURE) ? DEFAULT_SIGNATURE : names.length === 1 ? names[0] : void 0;
    if (signatureName === void 0)
      throw new ServingError(
        `${where}: no signature ${DEFAULT_SIGNATURE} in signature_def (it has ${names.join(", ") || "none"})`
      );
    const def = defs[signatureName];
    const side = (v) => Object.entries(isObject(v) ? v : {}).map(([n, t]) => tensorInfo(n, t));
    return {
      raw,
      signatureName,
      signature: {
        inputs: side(def.inputs),
        outputs: side(def.outputs),
        method_name: String(def.method_name ?? "")
      }
    };
  }
  get predictUrl() {
    return `${this.modelUrl}:predict`;
  }
  /** The columnar predict request for these inputs. */
  static request(inputs, signatureName = DEFAULT_SIGNATURE) {
    return {
      signature_name: signatureName,
      inputs: Object.fromEntries(inputs.map((t) => [t.name, nest(t.data, t.shape)]))
    };
  }
  /**
   * Whether an answer to the load test's request is a valid predict response; to a batch, one
   * whose batched outputs each hold the batch's rows (a bare `outputs` is the only output's).
   */
  static validResponse(body, batch) {
    try {
      const r = JSON.parse(body.toString("utf8"));
      if (!isObject(r) || !("outputs" in r)) return false;
      const outputs = r.outputs;
      return (batch?.outputs ?? []).every((name) => {
        const v = isObject(outputs) ? outputs[name] : outputs;
        return Array.isArray(v) && v.length === batch.rows;
      });
    } catch {
      return false;
    }
  }
  /**
   * Predicts; `outputNames` are the signature's outputs, which name the answer's value when
   * there is only one (the columnar answer then gives it bare).
   */
  async predict(inputs, outputNames, signatureName = DEFAULT_SIGNATURE) {
    const body = await json(this.predictUrl, _TfServingClient.request(inputs, signatureName));
    const where = `POST ${new URL(this.predictUrl).pathname}`;
    if (!isObject(body) || !("outputs" in body))
      throw new ServingError(`${where}: the response has no \`outputs\``);
    const outputs = body.outputs;
    const named = isObject(outputs) ? Object.entries(outputs) : [[outputNames.length === 1 ? outputNames[0] : "", outputs]];
    return named.map(([name, v]) => ({ name, ...unnest(v) }));
  }
};

// src/compat/serve.ts
var READY_POLL_MS = 250;
var READY_PROGRESS_MS = 5e3;
var LOG_TAIL_LINES = 40;
var SERVER_PIDS = 1024;
function protocolOf(t, url, model, version) {
  if (t.serve.protocol === "kserve-v2") {
    const c2 = new KServeClient(url, model, version);
    return {
      ready: () => c2.ready(),
      metadata: async () => {
        const raw = await c2.metadata();
        return { raw, served: fromKServe(raw) };
      },
      infer: (inputs) => c2.infer(inputs),
      loadRequest: (inputs, batch) => ({
        url: c2.inferUrl,
        body: JSON.stringify(KServeClient.request(inputs)),
        valid: (b) => KServeClient.validResponse(b, batch)
      })
    };
  }
  const c = new TfServingClient(url, model, version);
  let signatureName;
  let outputs = [];
  return {
    ready: () => c.ready(),
    metadata: async () => {
      const m = await c.metadata();
      signatureName = m.signatureName;
      outputs = m.signature.outputs.map((o) => o.name);
      return { raw: m.raw, served: fromTfServing(m.signature) };
    },
    infer: (inputs) => c.predict(inputs, outputs, signatureName),
    loadRequest: (inputs, batch) => ({
      url: c.predictUrl,
      body: JSON.stringify(TfServingClient.request(inputs, signatureName)),
      valid: (b) => TfServingClient.validResponse(b, batch)
    })
  };
}
function loadInputs(samples, batchSize, signature) {
  const first = samples[0];
  if (!first)
    return {
      rule: "load-no-request",
      message: "the load test needs a golden sample to send; none could be read"
    };
  if (batchSize === void 0) return { inputs: first.inputs };
  try {
    const outputs = (signature?.outputs ?? []).filter((o) => o.shape[0] === -1);
    return {
      inputs: batchOf(samples, batchSize),
      batch: { rows: batchSize, outputs: outputs.map((o) => o.name) }
    };
  } catch (e) {
    if (!(e instanceof BatchError)) throw e;
    return {
      rule: "load-batch",
      message: `cannot make the load test's batch: ${e.message}`,
      line: e.line
    };
  }
}
function close(got, want, atol, rtol) {
  if (typeof want === "number" && typeof got === "number")
    return Math.abs(got - want) <= atol + rtol * Math.abs(want) || Number.isNaN(want) && Number.isNaN(got);
  return got === want;
}
async function runServingTarget(a) {
  const { loaded, target: t, places, engine } = a;
  const m = loaded.manifest;
  const serve = t.serve;
  const progress = (s) => a.onProgress?.(`${t.name}: ${s}`);
  const findings = [];
  const add = (rule, message, location = places.target, severity = "error") => findings.push({ severity, rule, message: `${t.name}: ${message}`, location });
  const started = performance.now();
  const base = {
    target: t.name,
    image: a.image,
    required: t.required,
    runtime: {}
  };
  const work = await mkdtemp(join2(tmpdir(), "modelgate-serve-"));
  const dropExitHook = removeOnExit(work);
  let server;
  let serving;
  let load;
  let samplesRun;
  let infra = false;
  let exitedLog;
  try {
    let configText;
    if (serve.config !== void 0) {
      const r = await resolveInside(loaded.root, loaded.dir, serve.config);
      if (r.ok && r.exists) configText = await readFile(r.path, "utf8");
    }
    const repo = await layOutRepository(
      {
        layout: serve.layout,
        modelName: m.model.name,
        version: m.model.version,
        framework: m.model.framework,
        signature: m.model.signature,
        artifacts: a.artifacts.flatMap(
          (x) => x.absolute === void 0 ? [] : [{ path: x.path, absolute: x.absolute }]
        ),
        configText
      },
      join2(work, "repo")
    );
    await chmod(work, 493);
    const version = repo.servedVersion;
    progress(
      `laid out ${serve.layout} repository, model ${repo.modelName} version ${version} (from ${m.model.version}); starting ${serve.command.join(" ")} in ${a.image}`
    );
    const threads = String(Math.max(1, Math.ceil(t.cpus)));
    const containerStart = performance.now();
    server = await engine.startServer({
      image: a.image,
      command: serve.command,
      mounts: [{ host: repo.root, container: SERVE_MODELS_DIR, readOnly: true }],
      env: { OMP_NUM_THREADS: threads, HOME: "/tmp" },
      limits: { cpus: t.cpus, memoryMb: t.memory_mb, pids: SERVER_PIDS },
      port: serve.port,
      label: `modelgate-${t.name}`
    });
    const p = protocolOf(t, server.url, repo.modelName, version);
    const deadline = containerStart + serve.ready_timeout_s * 1e3;
    let why = "no answer yet";
    let lastReport = performance.now();
    let ready = false;
    for (; ; ) {
      try {
        const r = await p.ready();
        ready = r.ready;
        why = r.why;
      } catch (e) {
        why = e.message;
      }
      if (ready) break;
      if (!await server.running()) {
        add("serve-exited", `the server exited before it was ready (${why})`);
        infra = true;
        return await done();
      }
      const now = performance.now();
      if (now > deadline) {
        add(
          "serve-not-ready",
          `the server was not ready within ${serve.ready_timeout_s} s (serve.ready_timeout_s): ${why}; it was stopped`
        );
        infra = true;
        return await done();
      }
      if (now - lastReport >= READY_PROGRESS_MS) {
        lastReport = now;
        progress(
          `waiting for the server: ${Math.round((now - containerStart) / 1e3)} s of ${serve.ready_timeout_s} s (${why})`
        );
      }
      await new Promise((r) => setTimeout(r, READY_POLL_MS));
    }
    const readyMs = performance.now() - containerStart;
    progress(`ready after ${fmt(readyMs / 1e3)} s`);
    const meta = await p.metadata();
    serving = {
      protocol: serve.protocol,
      ready_ms: Math.round(readyMs),
      served_version: version,
      metadata: meta.raw
    };
    if (m.model.signature) {
      for (const d of diffSignature(meta.served, m.model.signature))
        add(`serve-metadata-${d.kind}`, `served metadata: ${d.message}`);
    }
    const samples = a.samples ?? [];
    if (a.samples === void 0)
      add(
        "serve-no-samples",
        "the manifest has no `model.samples`: only readiness and metadata were tested",
        places.target,
        "warning"
      );
    const { atol, rtol } = m.compatibility.tolerance;
    const mismatches = /* @__PURE__ */ new Map();
    let passed = 0;
    for (const s of samples) {
      const at = places.samples ? { file: places.samples, line: s.line } : places.target;
      let outs;
      try {
        outs = await p.infer(s.inputs);
      } catch (e) {
        add("serve-request-failed", `sample failed: ${e.message}`, at);
        continue;
      }
      let ok = true;
      for (const want of s.expected ?? []) {
        const got = outs.find((o) => o.name === want.name) ?? (outs.length === 1 && (s.expected?.length ?? 0) === 1 ? outs[0] : void 0);
        const key = (kind) => `${kind}\0${want.name}`;
        const note = (kind, worst2, message) => {
          ok = false;
          const prev = mismatches.get(key(kind));
          if (prev) {
            prev.n++;
            prev.worst = Math.max(prev.worst, worst2);
          } else mismatches.set(key(kind), { line: s.line, n: 1, worst: worst2, message });
        };
        if (!got) {
          note("missing", 0, `the server's answer has no output \`${want.name}\``);
          continue;
        }
        const size = (sh) => sh.reduce((x, y) => x * y, 1);
        if (got.data.length !== want.data.length || got.shape.length > 0 && size(got.shape) !== size(want.shape)) {
          note(
            "shape",
            0,
            `output \`${want.name}\` has shape [${got.shape.join(", ")}]; the sample expects [${want.shape.join(", ")}]`
          );
          continue;
        }
        let worst = 0;
        let bad = false;
        for (let i = 0; i < want.data.length; i++) {
          const g = got.data[i];
          const w = want.data[i];
          if (typeof g === "number" && typeof w === "number")
            worst = Math.max(worst, Math.abs(g - w));
          if (!close(g, w, atol, rtol)) bad = true;
        }
        if (bad)
          note("mismatch", worst, `output \`${want.name}\` differs from the expected values`);
      }
      if (ok) passed++;
    }
    samplesRun = samples.length ? { total: samples.length, passed } : void 0;
    for (const [k, v] of mismatches) {
      const kind = k.split("\0")[0];
      const at = places.samples ? { file: places.samples, line: v.line } : places.target;
      const extra = kind === "mismatch" ? `: max abs error ${fmt(v.worst)} (tolerance atol ${atol}, rtol ${rtol})` : "";
      add(
        `serve-output-${kind}`,
        `${v.message}${extra} (${v.n} of ${samples.length} sample${samples.length === 1 ? "" : "s"})`,
        at
      );
    }
    if (t.load) {
      const request = loadInputs(samples, t.load.batch_size, m.model.signature);
      if ("rule" in request) {
        const at = request.line !== void 0 && places.samples ? { file: places.samples, line: request.line } : places.target;
        add(request.rule, request.message, at);
      } else {
        const req = p.loadRequest(request.inputs, request.batch);
        const connections = t.load.concurrency ?? Math.max(8, Math.ceil((t.load.rate_rps ?? 1) / 50));
        const sender = httpSender(req.url, req.body, {
          connections,
          check: (status, body) => status >= 200 && status < 300 && req.valid(body)
        });
        progress(
          `load test: ${t.load.rate_rps !== void 0 ? `${t.load.rate_rps} requests/s` : `${t.load.concurrency ?? 1} concurrent`}${request.batch ? ` in batches of ${request.batch.rows} rows` : ""} for ${t.load.duration_s} s after ${t.load.warmup_s} s of warm-up`
        );
        try {
          load = await runLoad(sender.send, t.load, { onProgress: progress });
        } finally {
          await sender.close();
        }
        findings.push(
          ...judgeLoad(load, m.serving.slo ?? {}, { target: t.name, location: places.target })
        );
      }
    }
    return await done();
  } catch (e) {
    if (e instanceof ServerExitedError) {
      add("serve-exited", `${e.message}, before it was ready`);
      infra = true;
      exitedLog = e.log;
      return await done();
    }
    if (!(e instanceof ServingError)) throw e;
    add("serve-protocol-error", e.message);
    return await done();
  } finally {
    await server?.stop();
    await rm(work, { recursive: true, force: true });
    dropExitHook();
  }
  async function done() {
    const failed = findings.some((f) => f.severity === "error");
    const serverLog = failed && server ? await server.logs(LOG_TAIL_LINES).catch(() => void 0) : exitedLog;
    return {
      ...base,
      verdict: infra ? "error" : failed ? "fail" : "pass",
      ...samplesRun ? { samples: samplesRun } : {},
      ...serving ? { serving } : {},
      ...load ? {
        load,
        latency: { p50: load.p50_ms, p95: load.p95_ms, calls: load.requests },
        // The report's rows/s column, as the harness fills it in batch mode only.
        ...load.rows_per_s !== void 0 ? { throughputRps: load.rows_per_s } : {}
      } : {},
      ...serverLog !== void 0 ? { serverLog } : {},
      findings,
      durationMs: performance.now() - started
    };
  }
}

// src/compat/run.ts
var HARNESS_FRAMEWORKS = ["sklearn", "onnx", "pytorch", "xgboost"];
var SetupFailedError = class extends InfraError {
};
var HARNESS_TIMING = { calls: 200, budget_s: 2, warmup: 3 };
var PIDS_LIMIT = 256;
var MAX_RESULT_BYTES = 8 * 1024 * 1024;
var IN = "/modelgate/in";
var OUT = "/modelgate/out";
var HARNESS = "/modelgate/harness";
var MODEL_DIR = "/modelgate/model";
function limitsOf(t) {
  return { cpus: t.cpus, memoryMb: t.memory_mb, pids: PIDS_LIMIT };
}
var ImagePreparer = class {
  constructor(opts) {
    this.opts = opts;
  }
  opts;
  ready = /* @__PURE__ */ new Map();
  pulls = /* @__PURE__ */ new Map();
  prepare(t) {
    if (t.setup === void 0) return Promise.resolve(t.image);
    const key = `${t.image}
${t.setup}`;
    let p = this.ready.get(key);
    if (!p) {
      p = this.build(t, t.setup);
      this.ready.set(key, p);
    }
    return p;
  }
  /** Pulls an image a run found missing, once however many targets use it. */
  pulled(t, image) {
    let p = this.pulls.get(image);
    if (!p) {
      this.opts.onProgress?.(`${t.name}: pulling ${image}`);
      p = this.opts.engine.pull(image);
      this.pulls.set(image, p);
    }
    return p;
  }
  async build(t, setup) {
    const { engine, onProgress } = this.opts;
    let base = await engine.imageId(t.image);
    if (base === void 0) {
      await this.pulled(t, t.image);
      base = await engine.imageId(t.image);
    }
    const tag = `localhost/modelgate-setup:${sha256Bytes(`${base}
${setup}`).slice(0, 16)}`;
    if (await engine.imageId(tag) !== void 0) return tag;
    onProgress?.(`${t.name}: running setup in ${t.image} (once; cached as ${tag})`);
    const r = await engine.run({
      image: t.image,
      command: ["sh", "-c", setup],
      mounts: [],
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1e3,
      purpose: "setup",
      label: `modelgate-setup-${t.name}`
    });
    if (r.timedOut || r.exitCode !== 0) {
      await engine.remove(r.name);
      throw new SetupFailedError(
        `setup of target ${t.name} ${r.timedOut ? `did not finish in ${t.timeout_s} s` : `exited with code ${r.exitCode}`}: ${lastLine(r.stderr || r.stdout)}`,
        `try it by hand: ${engine.name} run --rm ${t.image} sh -c ${JSON.stringify(setup)}`
      );
    }
    await engine.commit(r.name, tag);
    return tag;
  }
};
async function testTargets(loaded, artifacts, targets, opts) {
  arm();
  const preparer = new ImagePreparer(opts);
  const m = loaded.manifest;
  let samples;
  if (m.model.samples !== void 0) {
    const r = await resolveInside(loaded.root, loaded.dir, m.model.samples);
    if (r.ok && r.exists) {
      const parsed = await readSamplesFile(r.path, m.model.signature, loaded.display(r.path));
      samples = { path: r.path, parsed: parsed.samples };
    }
  }
  return mapBounded(targets, m.compatibility.max_parallel, async (t) => {
    const r = await runTarget(loaded, artifacts, t, preparer, samples, opts);
    if (!t.required) r.findings = r.findings.map(optional);
    opts.onProgress?.(`${t.name}: ${r.verdict}`);
    return r;
  });
}
async function runTarget(loaded, artifacts, t, preparer, samples, opts) {
  const m = loaded.manifest;
  const places = {
    target: loaded.map.locate([
      "compatibility",
      "targets",
      m.compatibility.targets.indexOf(t),
      "name"
    ]),
    samples: samples === void 0 ? void 0 : loaded.display(samples.path)
  };
  if (t.serve !== void 0) {
    const image2 = await preparer.prepare(t);
    if (await opts.engine.imageId(image2) === void 0) await preparer.pulled(t, image2);
    return runServingTarget({
      loaded,
      artifacts,
      target: t,
      image: image2,
      places,
      samples: samples?.parsed,
      engine: opts.engine,
      onProgress: opts.onProgress
    });
  }
  if (t.command === void 0 && !HARNESS_FRAMEWORKS.includes(m.model.framework)) {
    const f = finding(
      t,
      places,
      "compat-no-loader",
      `the harness has no loader for framework ${m.model.framework} (it loads ${HARNESS_FRAMEWORKS.join(", ")}); give the target a \`command\` that writes result.json`
    );
    return {
      target: t.name,
      image: t.image,
      required: t.required,
      durationMs: 0,
      verdict: "error",
      runtime: {},
      findings: [f]
    };
  }
  const image = await preparer.prepare(t);
  const work = await mkdtemp2(join3(tmpdir2(), "modelgate-compat-"));
  const dropExitHook = removeOnExit(work);
  try {
    const inDir = join3(work, "in");
    const outDir = join3(work, "out");
    await mkdir(inDir);
    await mkdir(outDir);
    await chmod2(outDir, 511);
    await chmod2(work, 493);
    const mounts = [
      { host: opts.harnessDir, container: HARNESS, readOnly: true },
      { host: inDir, container: IN, readOnly: true },
      { host: outDir, container: OUT, readOnly: false }
    ];
    const inside = [];
    for (const [i, a] of artifacts.entries()) {
      if (a.absolute === void 0) continue;
      const path = `/modelgate/artifacts/${i}/${basename(a.absolute)}`;
      mounts.push({ host: a.absolute, container: path, readOnly: true });
      inside.push(path);
    }
    if (samples !== void 0)
      await writeFile(
        join3(inDir, "samples.jsonl"),
        samples.parsed.map((s) => toNamedLine(s) + "\n").join("")
      );
    const threads = Math.max(1, Math.ceil(t.cpus));
    const config = {
      framework: m.model.framework,
      artifacts: inside,
      samples: samples === void 0 ? null : `${IN}/samples.jsonl`,
      signature: m.model.signature ?? null,
      tolerance: m.compatibility.tolerance,
      mode: m.serving.mode,
      threads,
      timing: HARNESS_TIMING
    };
    await writeFile(join3(inDir, "config.json"), JSON.stringify(config));
    const custom = t.command !== void 0;
    if (custom) mounts.push({ host: loaded.dir, container: MODEL_DIR, readOnly: true });
    const spec = {
      image,
      command: custom ? ["sh", "-c", t.command] : [t.python, `${HARNESS}/${HARNESS_FILE}`, `${IN}/config.json`, `${OUT}/result.json`],
      mounts,
      env: {
        MODELGATE_CONFIG: `${IN}/config.json`,
        MODELGATE_RESULT: `${OUT}/result.json`,
        OMP_NUM_THREADS: String(threads),
        OPENBLAS_NUM_THREADS: String(threads),
        MKL_NUM_THREADS: String(threads),
        PYTHONDONTWRITEBYTECODE: "1",
        HOME: "/tmp"
      },
      workdir: custom ? MODEL_DIR : void 0,
      limits: limitsOf(t),
      timeoutMs: t.timeout_s * 1e3,
      purpose: "test",
      label: `modelgate-${t.name}`
    };
    opts.onProgress?.(`${t.name}: testing in ${image}`);
    let run = await opts.engine.run(spec);
    if (run.imageMissing) {
      await preparer.pulled(t, image);
      run = await opts.engine.run(spec);
    }
    const result = await judge(t, run, join3(outDir, "result.json"), places, custom, m);
    return { target: t.name, image, required: t.required, durationMs: run.durationMs, ...result };
  } finally {
    await rm2(work, { recursive: true, force: true });
    dropExitHook();
  }
}
async function judge(t, run, resultPath, at, custom, m) {
  const failed = (f) => ({ verdict: "error", runtime: {}, findings: [f] });
  if (run.timedOut) return failed(crashFinding(t, run, at, custom));
  let judged;
  try {
    const text = await readResult(resultPath);
    if (text === void 0) return failed(crashFinding(t, run, at, custom));
    judged = evaluate(parseHarnessResult(text), t, m, at);
  } catch (err) {
    return failed(finding(t, at, "compat-bad-result", err.message));
  }
  if (run.exitCode !== 0) {
    judged.verdict = "error";
    judged.findings.push(
      finding(
        t,
        at,
        "compat-exit-code",
        `exited with code ${run.exitCode} after writing result.json: ${lastLine(run.stderr)}`
      )
    );
  }
  return judged;
}
function optional(f) {
  return f.severity === "error" ? { ...f, severity: "warning", message: `${f.message} (target not required)` } : f;
}
function finding(t, at, rule, message) {
  return { severity: "error", rule, message: `${t.name}: ${message}`, location: at.target };
}
function crashFinding(t, run, at, custom) {
  const what = custom ? "the command" : "the harness";
  if (run.timedOut) {
    return finding(
      t,
      at,
      "compat-timeout",
      `${what} did not finish in ${t.timeout_s} s (timeout_s); its container was killed and removed`
    );
  }
  if (run.exitCode === EXIT_KILLED) {
    return finding(
      t,
      at,
      "compat-killed",
      `${what} was killed (exit ${EXIT_KILLED}), most likely out of memory: memory_mb is ${t.memory_mb}`
    );
  }
  if (run.exitCode === 126 || run.exitCode === 127) {
    const prog = custom ? "the command" : `the interpreter ${t.python} (python:)`;
    return finding(
      t,
      at,
      "compat-not-runnable",
      `cannot start ${prog} in ${t.image}: ${lastLine(run.stderr)}`
    );
  }
  return finding(
    t,
    at,
    "compat-no-result",
    `${what} exited with code ${run.exitCode} and wrote no result.json: ${lastLine(run.stderr || run.stdout)}`
  );
}
async function readResult(path) {
  let fh;
  try {
    fh = await open(path, "r");
  } catch {
    return void 0;
  }
  try {
    const { size } = await fh.stat();
    if (size > MAX_RESULT_BYTES)
      throw new Error(`result.json is ${size} bytes; the limit is ${MAX_RESULT_BYTES}`);
    return await fh.readFile("utf8");
  } finally {
    await fh.close();
  }
}

// src/commands/test.ts
var targetOption = {
  name: "target",
  kind: "string",
  placeholder: "NAME",
  description: "Run only this compatibility target (a matrix job of `plan` runs one)."
};
var engineOption = {
  name: "engine",
  kind: "string",
  placeholder: "ENGINE",
  default: "auto",
  choices: ["auto", ...ENGINES],
  description: "Container engine; auto takes the first of docker and podman that answers."
};
async function loadForTest(path, opts, ctx) {
  const result = await loadManifest(path, { cwd: ctx.cwd, root: opts.root });
  const out = {
    manifest: result.shown,
    verdict: "fail",
    findings: [...result.findings],
    artifacts: [],
    targets: []
  };
  if (!result.loaded || hasErrors(result.findings)) return { out };
  out.model = result.loaded.manifest.model.name;
  out.version = result.loaded.manifest.model.version;
  return { out, loaded: result.loaded };
}
async function testModels(opts, ctx) {
  const detected = detectEngine(opts.engine);
  detected.catch(() => void 0);
  const files = await selectManifests(opts.manifest, ctx.cwd);
  const models = [];
  for (const f of files) models.push(await loadForTest(f, opts, ctx));
  if (opts.target !== void 0) {
    const known = models.flatMap(
      (m) => m.loaded?.manifest.compatibility.targets.map((t) => t.name) ?? []
    );
    if (!known.includes(opts.target) && models.some((m) => m.loaded))
      throw unknownTarget(opts.target, known);
  }
  const report = { verdict: "pass", target: opts.target, models: [] };
  for (const { out, loaded } of models) {
    const targets = loaded ? selectTargets(loaded.manifest.compatibility.targets, opts.target) : [];
    if (loaded && opts.target !== void 0 && targets.length === 0) continue;
    report.models.push(out);
    if (!loaded) continue;
    const checked = await checkArtifacts(loaded, { onProgress: progressReporter(ctx.log) });
    out.findings.push(...checked.findings, ...checked.artifacts.flatMap((a) => a.findings));
    out.artifacts = checked.artifacts.flatMap(
      (a) => a.sha256 ? [{ path: a.path, sha256: a.sha256 }] : []
    );
    if (hasErrors(out.findings)) continue;
    if (targets.length === 0) {
      out.findings.push({
        severity: "warning",
        rule: "compat-no-targets",
        message: "the manifest lists no compatibility.targets: nothing was tested",
        location: loaded.map.locate(["compatibility"])
      });
    } else {
      const engine = await detected;
      report.engine = engine.name;
      out.targets = await testTargets(loaded, checked.artifacts, targets, {
        engine,
        harnessDir: harnessDir(),
        onProgress: (m) => ctx.log.progress(m)
      });
    }
    const failed = out.targets.some((t) => t.required && t.verdict !== "pass");
    out.verdict = failed ? "fail" : "pass";
  }
  report.verdict = report.models.every((m) => m.verdict === "pass") ? "pass" : "fail";
  return report;
}
function compatJson(report) {
  return {
    verdict: report.verdict,
    engine: report.engine,
    target: report.target,
    models: report.models
  };
}
async function recordCompat(report, registry, ctx) {
  const recorded = provenance(ctx);
  for (const m of report.models) {
    if (!m.model || !m.version) continue;
    for (const t of m.targets) {
      const { target, findings, ...details } = t;
      const r = await recordEvidence(registry, m.model, m.version, `compat-${target}`, {
        verdict: t.verdict === "pass" ? "pass" : "fail",
        artifacts: m.artifacts,
        details: {
          ...details,
          manifest: m.manifest,
          findings: findings.map((f) => ({
            severity: f.severity,
            rule: f.rule,
            message: f.message
          }))
        },
        recorded
      });
      ctx.log.info(
        `${r.created ? "recorded" : "already recorded"} ${t.verdict} compat-${target} evidence for ${m.model} ${m.version}: ${r.uri}`
      );
    }
  }
}
function makeTestCommand() {
  return {
    name: "test",
    summary: "Load the model in each target image and check it answers the golden samples",
    description: "For every compatibility target of the manifest, runs the harness inside the target image (docker or podman; no network; CPU, memory and process limits; artifacts read-only): it loads the artifacts with the image's framework, runs model.samples, compares the outputs with the expected ones within compatibility.tolerance and the signature, measures load time and latency, and reports every warning raised while loading. Targets run concurrently, at most compatibility.max_parallel at a time; serving.slo is checked. Exits 1 when a required target fails, 2 when an image or the engine is missing. With --record, each target's result is stored in the registry as compat-<target> evidence for the version.",
    options: [
      manifestOption,
      rootOption,
      targetOption,
      engineOption,
      recordOption,
      ...registryOptions,
      jsonOption
    ],
    examples: [
      "modelgate test",
      "modelgate test --target py311-sklearn12 --json",
      "modelgate test --engine podman"
    ],
    async run(inv, ctx) {
      let registry;
      if (booleanOption(inv, "record")) {
        await refuseRegistryWrite(inv, ctx, "test --record");
        registry = openRegistryFor(inv, ctx);
      }
      const report = await testModels(
        {
          manifest: requireString(inv, "manifest"),
          root: stringOption(inv, "root"),
          target: stringOption(inv, "target") || void 0,
          engine: requireString(inv, "engine")
        },
        ctx
      );
      if (registry) await recordCompat(report, registry, ctx);
      return {
        exitCode: report.verdict === "pass" ? 0 : 1,
        verdict: report.verdict,
        json: compatJson(report),
        text: renderCompatText(report),
        markdown: renderCompatMarkdown(report),
        report: compatReport(report),
        outputs: {
          verdict: report.verdict,
          model: report.models.map((m) => m.model ?? "").filter(Boolean).join(","),
          version: report.models.map((m) => m.version ?? "").filter(Boolean).join(",")
        },
        findings: report.models.flatMap((m) => [
          ...m.findings,
          ...m.targets.flatMap((t) => t.findings)
        ])
      };
    }
  };
}
export {
  compatJson,
  makeTestCommand,
  targetOption,
  testModels
};
